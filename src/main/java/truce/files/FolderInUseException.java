package truce.files;

/** A results folder locked by another process (see {@link FolderLock}). A user error, not a bug. */
public final class FolderInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FolderInUseException(String message) {
        super(message);
    }
}
