package org.harambee.access.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A user signed in with a temporary password (a new account, or after a reset) must choose their own before anything
 * else: pages lead to the account page, and the API answers 403 to everything but the password change and "who am I".
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> ALLOWED =
            Set.of("/account", "/account/password", "/api/v1/account/password", "/api/v1/account", "/logout", "/error");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .excludePathPatterns("/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null
                || auth.getAuthorities().stream()
                        .noneMatch(a -> AccountDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (ALLOWED.contains(path)) {
            return true;
        }
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
            throw new ErrorResponseException(
                    HttpStatus.FORBIDDEN, problem, null, "problem.passwordChangeRequired", null);
        }
        response.sendRedirect(request.getContextPath() + "/account");
        return false;
    }
}
