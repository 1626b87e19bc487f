using System;
using System.IO;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MiniHttp;

/// <summary>
/// Makes a server's endpoint a TLS one: TLS 1.2 and 1.3, offering <c>http/1.1</c> by ALPN, no client certificates. A
/// server has one endpoint, so an application that serves both plain HTTP and HTTPS starts two servers over one router.
/// </summary>
public sealed class TlsOptions
{
    /// <summary>TLS over a certificate that has its private key.</summary>
    /// <exception cref="ArgumentException">The certificate has no private key.</exception>
    public TlsOptions(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        if (!certificate.HasPrivateKey)
        {
            throw new ArgumentException($"The certificate '{certificate.Subject}' has no private key, so it cannot serve TLS.", nameof(certificate));
        }

        Certificate = certificate;
    }

    /// <summary>The server's certificate, with its private key.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>
    /// TLS over the PEM certificate chain in <paramref name="certificatePath"/> (the server's certificate first, then
    /// any intermediates) and the PEM private key in <paramref name="keyPath"/>.
    /// </summary>
    /// <exception cref="FileNotFoundException">A file does not exist; the message names it.</exception>
    /// <exception cref="InvalidDataException">A file holds no usable certificate or key; the message names it.</exception>
    public static TlsOptions FromPemFiles(string certificatePath, string keyPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(certificatePath);
        ArgumentException.ThrowIfNullOrEmpty(keyPath);
        RequireFile(certificatePath, "certificate");
        RequireFile(keyPath, "private key");

        X509Certificate2 certificate;
        try
        {
            certificate = X509Certificate2.CreateFromPemFile(certificatePath, keyPath);
        }
        catch (CryptographicException e)
        {
            throw new InvalidDataException(
                $"The TLS certificate '{certificatePath}' and private key '{keyPath}' could not be loaded: {e.Message} Each must be a PEM file, and the key must match the certificate.",
                e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(
                $"The TLS certificate '{certificatePath}' or private key '{keyPath}' holds no PEM data of its kind: {e.Message}",
                e);
        }

        var intermediates = new X509Certificate2Collection();
        intermediates.ImportFromPemFile(certificatePath);
        intermediates.RemoveAt(0);
        return new TlsOptions(certificate) { Intermediates = intermediates };
    }

    /// <summary>The certificates sent after the server's own, so clients can build the chain to the root they trust.</summary>
    private X509Certificate2Collection Intermediates { get; init; } = [];

    /// <summary>What every connection's handshake offers: built once, shared by every connection of the server.</summary>
    internal SslServerAuthenticationOptions ToAuthenticationOptions() => new()
    {
        ServerCertificateContext = SslStreamCertificateContext.Create(Certificate, Intermediates, offline: true),
        EnabledSslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        ApplicationProtocols = [SslApplicationProtocol.Http11],
        ClientCertificateRequired = false,
        CertificateRevocationCheckMode = X509RevocationMode.NoCheck,
    };

    private static void RequireFile(string path, string what)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The TLS {what} file '{path}' does not exist.", path);
        }
    }
}
