package org.tawsim.base;

/** An uploaded file is larger than the import limit; pages show the message, the API answers 413 with it. */
public class FileTooLarge extends UserError {

    public FileTooLarge(String fileName, long megabytes) {
        super("import.error.too-large", fileName, megabytes);
    }
}
