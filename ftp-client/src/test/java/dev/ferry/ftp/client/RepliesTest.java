package dev.ferry.ftp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.ferry.ftp.protocol.Command;
import dev.ferry.ftp.protocol.Reply;
import dev.ferry.ftp.protocol.Verb;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which exception each refusal becomes: the reply codes of RFC 959 §4.2 and real servers' texts. */
class RepliesTest {
  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // RFC 959 §4.2.1: 4yz is transient
        "RETR | 421 | Service not available, closing control connection. | FtpTransientException",
        "RETR | 425 | Can't open data connection.                         | FtpTransientException",
        "RETR | 426 | Connection closed; transfer aborted.                 | FtpTransientException",
        "STOR | 452 | Requested action not taken.                         | FtpTransientException",
        "DELE | 450 | Can't delete file /x.                               | FtpTransientException",
        "DELE | 450 | /x: No such file or directory                       | FtpNotFoundException",
        // unimplemented commands and parameters
        "EPSV | 500 | Unknown command.                                    | FtpUnsupportedException",
        "MLSD | 502 | Command not implemented.                            | FtpUnsupportedException",
        "TYPE | 504 | Command not implemented for that parameter.          | FtpUnsupportedException",
        // login and access
        "PASS | 530 | Login incorrect.                                    | FtpLoginException",
        "USER | 530 | This FTP server is anonymous only.                  | FtpLoginException",
        "ACCT | 501 | bad account                                         | FtpLoginException",
        "STOR | 530 | Not logged in.                                      | FtpPermissionException",
        "STOR | 532 | Need account for storing files.                     | FtpPermissionException",
        "STOR | 553 | Could not create file.                              | FtpPermissionException",
        "RNTO | 553 | : No such file or directory.                        | FtpNotFoundException",
        // 550: by the words servers use
        "RETR | 550 | /x: No such file or directory                       | FtpNotFoundException",
        "RETR | 550 | File not found                                      | FtpNotFoundException",
        "CWD  | 550 | Directory does not exist.                           | FtpNotFoundException",
        "RETR | 550 | /x: Permission denied                               | FtpPermissionException",
        "DELE | 550 | Access denied.                                       | FtpPermissionException",
        "RETR | 550 | Failed to open file.                                | FtpReplyException",
        "MKD  | 501 | Syntax error in parameters or arguments.            | FtpReplyException",
        "RETR | 551 | Page type unknown.                                  | FtpReplyException",
      })
  void mapsEachRefusalToItsType(String verb, int code, String text, String type) {
    Command command = Command.of(Verb.of(verb), "/x");
    Reply reply = Reply.of(code, text);
    FtpReplyException e = Replies.refusal(command, reply);
    assertEquals(type, e.getClass().getSimpleName());
    assertSame(reply, e.reply());
    assertEquals(code, e.code());
    assertEquals(command, e.command().orElseThrow());
  }
}
