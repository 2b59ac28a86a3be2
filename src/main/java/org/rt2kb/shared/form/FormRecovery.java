package org.rt2kb.shared.form;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.SmartValidator;

/**
 * Gives back a form record that Spring could not build because a value did not convert (a word typed where a number
 * belongs): the record is rebuilt from the other values, so the page can show the form again with what the editor
 * typed and a message at the faulty field, instead of failing.
 */
@Component
public class FormRecovery {

    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    private final SmartValidator validator;

    FormRecovery(SmartValidator validator) {
        this.validator = validator;
    }

    /** A form and the errors to check it into and show with it. */
    public record Bound<F>(F form, BindingResult errors) {

        /**
         * Whether the form has errors after its checks; if so the answer's status becomes 422, since the form is
         * shown again to be corrected.
         */
        public boolean refused(HttpServletResponse response) {
            if (errors.hasErrors()) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return true;
            }
            return false;
        }
    }

    /** The form as bound, or rebuilt without its unconvertible values; the model then holds both and the errors. */
    @SuppressWarnings("unchecked")
    public <F> Bound<F> recover(F form, Class<F> type, BindingResult errors, HttpServletRequest request, Model model) {
        if (form != null && errors.getTarget() != null) {
            return new Bound<>(form, errors);
        }
        DataBinder binder = new DataBinder(null, errors.getObjectName());
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(CONVERSIONS);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> parameterType) {
                String[] values = errors.hasFieldErrors(name) ? null : request.getParameterValues(name);
                if (values == null) {
                    return parameterType == int.class ? 0 : parameterType == boolean.class ? false : null;
                }
                return values.length == 1 ? values[0] : values;
            }

            @Override
            public Set<String> getNames() {
                return request.getParameterMap().keySet();
            }
        });
        F rebuilt = (F) binder.getTarget();
        if (rebuilt == null) {
            throw new IllegalStateException(
                    "Form " + type.getSimpleName() + " cannot be rebuilt: " + binder.getBindingResult());
        }
        BindingResult shown = new BeanPropertyBindingResult(rebuilt, errors.getObjectName());
        errors.getAllErrors().forEach(shown::addError);
        // Spring validates only a form it could build: check the rebuilt one, once per field.
        BindingResult validation = new BeanPropertyBindingResult(rebuilt, errors.getObjectName());
        validator.validate(rebuilt, validation);
        validation.getFieldErrors().stream()
                .filter(e -> !errors.hasFieldErrors(e.getField()))
                .forEach(shown::addError);
        model.addAttribute(errors.getObjectName(), rebuilt);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), shown);
        return new Bound<>(rebuilt, shown);
    }
}
