package org.harambee.geography.picking;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Back from the picker page without JavaScript ({@code _picked} in the address), a form page shows what was typed
 * before the search: every field the address carries is bound onto the page's {@code form} record, over the blank or
 * stored form its controller made, so no form controller has to know about the picker. A form that is not a record,
 * or an address that does not bind, keeps the controller's form (the picked place still arrives where the page reads
 * {@code ?unit=}).
 */
@Configuration(proxyBeanMethods = false)
class PickedFormReturn implements WebMvcConfigurer, HandlerInterceptor {

    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**", "/css/**", "/js/**", "/webjars/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
        if (mav == null || !"GET".equals(request.getMethod()) || request.getParameter("_picked") == null) {
            return;
        }
        Object form = mav.getModel().get("form");
        if (form != null && form.getClass().isRecord()) {
            mav.getModel().put("form", rebound(form, withKeptFields(request)));
        }
    }

    /** The request with the fields kept in the session for a form sent to the picker by POST ({@link KeptFields}). */
    private static HttpServletRequest withKeptFields(HttpServletRequest request) {
        Map<String, List<String>> kept = KeptFields.of(request);
        if (kept.isEmpty()) {
            return request;
        }
        Map<String, String[]> merged = new LinkedHashMap<>();
        kept.forEach((name, values) -> merged.put(name, values.toArray(String[]::new)));
        merged.putAll(request.getParameterMap());
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getParameter(String name) {
                String[] values = merged.get(name);
                return values == null || values.length == 0 ? null : values[0];
            }

            @Override
            public Map<String, String[]> getParameterMap() {
                return Collections.unmodifiableMap(merged);
            }

            @Override
            public Enumeration<String> getParameterNames() {
                return Collections.enumeration(merged.keySet());
            }

            @Override
            public String[] getParameterValues(String name) {
                return merged.get(name);
            }
        };
    }

    /**
     * The form with what the address carries: a text field from its parameter; another field (rows, numbers) from the
     * form bound whole, when it binds; anything else as the controller made it.
     */
    private static Object rebound(Object form, HttpServletRequest request) {
        try {
            Object bound = boundWhole(form, request);
            RecordComponent[] components = form.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                c.getAccessor().setAccessible(true);
                if (c.getType() == String.class && request.getParameter(c.getName()) != null) {
                    values[i] = request.getParameter(c.getName());
                } else if (bound != null && carries(request, c.getName())) {
                    values[i] = c.getAccessor().invoke(bound);
                } else {
                    values[i] = c.getAccessor().invoke(form);
                }
            }
            Constructor<?> canonical = form.getClass()
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return form;
        }
    }

    private static Object boundWhole(Object form, HttpServletRequest request) {
        try {
            ServletRequestDataBinder binder = new ServletRequestDataBinder(null, "form");
            binder.setConversionService(CONVERSIONS);
            binder.setTargetType(ResolvableType.forClass(form.getClass()));
            binder.construct(request);
            return binder.getBindingResult().hasErrors() ? null : binder.getTarget();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** True when the address names the field, or one of its parts ({@code rows[0].name}, {@code address.city}). */
    private static boolean carries(HttpServletRequest request, String name) {
        return request.getParameterMap().keySet().stream()
                .anyMatch(p -> p.equals(name) || p.startsWith(name + "[") || p.startsWith(name + "."));
    }
}
