package org.rt2kb.shared;

/**
 * A request parameter has a value the knowledge base cannot use. Carries a message key and its arguments so the
 * answer can be given in the user's language; the parameter name and value are always the first two arguments.
 */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidParameterException(String parameter, String value, String messageKey, Object... more) {
        super("Invalid value for parameter " + parameter);
        this.parameter = parameter;
        this.messageKey = messageKey;
        Object[] args = new Object[more.length + 2];
        args[0] = parameter;
        args[1] = value;
        System.arraycopy(more, 0, args, 2, more.length);
        this.arguments = args;
    }

    /** The usual case: a value that names nothing the catalogue knows. */
    public static InvalidParameterException unknownValue(String parameter, String value) {
        return new InvalidParameterException(parameter, value, "error.param.unknown");
    }

    public String parameter() {
        return parameter;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
