package org.rt2kb.transfer;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An import larger than the server's multipart limit fails before any controller is chosen: answer it with the
 * import page and a message in the user's language, rather than an error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    private final MessageSource messages;

    UploadLimitHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler
    ModelAndView tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
        if (!request.getRequestURI().equals(request.getContextPath() + "/admin/import")) {
            throw ex; // an upload anywhere else is answered with the 413 error page
        }
        ModelAndView page = new ModelAndView(TransferAdminController.HUB, HttpStatus.CONTENT_TOO_LARGE);
        page.addObject(
                "uploadError",
                messages.getMessage("transfer.error.too-large", new Object[] {UploadReader.MAX_BYTES >> 20}, locale));
        return page;
    }
}
