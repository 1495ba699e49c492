/**
 * Host-port arguments of the data-connection commands: PORT and the 227 PASV reply (RFC 959
 * §4.1.2), EPRT and the 229 EPSV reply (RFC 2428), for IPv4 and IPv6. Validation is strict:
 * literal addresses only, octets 0–255, ports 1–65535.
 */
package dev.ferry.ftp.protocol.address;
