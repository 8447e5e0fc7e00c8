package truce.batch;

/** A results folder that cannot be used as asked, e.g. it holds a different sweep. A user error. */
public final class ResultsFolderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ResultsFolderException(String message) {
        super(message);
    }
}
