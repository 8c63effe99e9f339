package org.tawsim.base;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Tawsim process per embedded data folder. The lock lives in a file beside the folder and the operating
 * system drops it when its process dies, even by kill -9: whoever gets it knows that a PostgreSQL still
 * running on the folder is an orphan (see {@link OrphanedPostgres}), and whoever does not must leave the
 * folder alone instead of stopping a server that a running app is using.
 */
final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path dataDir) throws IOException {
        Path file = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this very JVM
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("Another Tawsim process is using the embedded database in " + dataDir
                    + " (" + file + " is locked). Stop it first, or give this one another folder"
                    + " (--tawsim.embedded-db.dir=...) or a PostgreSQL server (SPRING_DATASOURCE_URL).");
        }
        return new DataFolderLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
