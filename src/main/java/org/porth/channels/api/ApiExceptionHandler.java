package org.porth.channels.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Every way a call can go wrong, as a problem ({@code application/problem+json}) in the caller's
 * language: never a stack trace, never an exception's own words. (A call no controller takes:
 * {@link ApiPathProblems}.)
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProperties properties;

    ApiExceptionHandler(ApiProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> problem(ApiProblem problem, HttpServletRequest request) {
        return ProblemBodies.response(problem, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeFilter.BodyTooLargeException) {
                return ProblemBodies.response(BodySizeFilter.tooLarge(properties.maxBodySize().toBytes()), request);
            }
        }
        return ProblemBodies.response(new ApiProblem(HttpStatus.BAD_REQUEST, "bad-json"), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupported(HttpServletRequest request) {
        return ProblemBodies.response(new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"), request);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Map<String, Object>> notAcceptable(HttpServletRequest request) {
        return ProblemBodies.response(new ApiProblem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"), request);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return missing(e.getParameterName(), request);
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<Map<String, Object>> missing(MissingRequestHeaderException e, HttpServletRequest request) {
        return missing(e.getHeaderName(), request);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestPartException e, HttpServletRequest request) {
        return missing(e.getRequestPartName(), request);
    }

    private static ResponseEntity<Map<String, Object>> missing(String name, HttpServletRequest request) {
        return ProblemBodies.response(new ApiProblem(HttpStatus.BAD_REQUEST, "missing-value", name), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> fileTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return ProblemBodies.response(new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                Math.max(0, e.getMaxUploadSize()) / 1024), request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> badMultipart(HttpServletRequest request) {
        return ProblemBodies.response(new ApiProblem(HttpStatus.BAD_REQUEST, "bad-multipart"), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> denied(HttpServletRequest request) {
        return ProblemBodies.response(ProblemResponses.forbidden(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failed(Exception e, HttpServletRequest request) {
        log.error("API call {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return ProblemBodies.response(new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "failed"), request);
    }
}
