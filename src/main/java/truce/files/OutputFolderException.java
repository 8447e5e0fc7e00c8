package truce.files;

/** A results folder that cannot be used without risking files Truce did not write. A user error. */
public final class OutputFolderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutputFolderException(String message) {
        super(message);
    }
}
