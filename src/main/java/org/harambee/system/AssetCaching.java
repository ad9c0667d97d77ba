package org.harambee.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How long a phone may keep a stylesheet, script or image. Pages link them by content-hashed names
 * ({@code harambee-<md5>.css}, from the resource chain in application.properties), which never change meaning: such
 * a file is kept a year without asking again. The same file asked for by its plain name may change with the next
 * release, so the phone asks again each time (a 304 without body when it has not changed). Pages themselves are not
 * kept at all (Spring Security's no-store), since they show records about children.
 */
@Configuration(proxyBeanMethods = false)
class AssetCaching implements WebMvcConfigurer {

    static final String[] ASSETS = {"/css/**", "/js/**", "/img/**", "/webjars/**"};
    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String UNVERSIONED = "no-cache";

    private static final Pattern CONTENT_HASH = Pattern.compile("-[0-9a-f]{32}\\.[a-z0-9]+$");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object h) {
                        boolean versioned =
                                CONTENT_HASH.matcher(request.getRequestURI()).find();
                        response.setHeader(HttpHeaders.CACHE_CONTROL, versioned ? VERSIONED : UNVERSIONED);
                        return true;
                    }
                })
                .addPathPatterns(ASSETS);
    }
}
