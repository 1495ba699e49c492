package dev.ferry.ftp.client;

/**
 * What a tree transfer did.
 *
 * @param filesTransferred the files copied
 * @param filesSkipped the files the policy left alone
 * @param entriesDeleted the files and directories deleted from the target as extraneous
 * @param bytesTransferred the bytes the copies moved
 */
public record TreeResult(
    int filesTransferred, int filesSkipped, int entriesDeleted, long bytesTransferred) {}
