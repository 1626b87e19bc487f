using System;
using System.IO;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MiniHttp.EndToEnd.Tests.Tls;

/// <summary>
/// A certificate authority made at run time and a server certificate it issued for <c>localhost</c> and
/// <c>127.0.0.1</c>, also written as PEM files (the chain and the key) to a directory of their own.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("minihttp-tls-").FullName;

    public TestCertificates()
    {
        Authority = CreateAuthority("CN=MiniHttp Test CA");
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: false, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Authority, includeKeyIdentifier: true, includeIssuerAndSerial: false));

        using var issued = request.Create(Authority, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7), RandomNumberGenerator.GetBytes(16));
        Server = issued.CopyWithPrivateKey(key);

        AuthorityPemPath = Path.Combine(_directory, "ca.crt");
        CertificatePemPath = Path.Combine(_directory, "server.crt");
        KeyPemPath = Path.Combine(_directory, "server.key");
        File.WriteAllText(AuthorityPemPath, Authority.ExportCertificatePem());
        File.WriteAllText(CertificatePemPath, Server.ExportCertificatePem() + "\n" + Authority.ExportCertificatePem());
        File.WriteAllText(KeyPemPath, key.ExportPkcs8PrivateKeyPem());
    }

    /// <summary>The root the clients trust, and nothing else.</summary>
    public X509Certificate2 Authority { get; }

    /// <summary>The server's certificate, with its private key.</summary>
    public X509Certificate2 Server { get; }

    public string AuthorityPemPath { get; }

    /// <summary>The server's certificate followed by the authority's: a chain as a PEM file.</summary>
    public string CertificatePemPath { get; }

    public string KeyPemPath { get; }

    /// <summary>A path in the certificates' directory for a file of a test's own.</summary>
    public string PathFor(string fileName) => Path.Combine(_directory, fileName);

    /// <summary>A self-signed authority that may issue certificates.</summary>
    public static X509Certificate2 CreateAuthority(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }

    /// <summary>
    /// A client's check of the server's certificate: the host name must match, and the chain must end at
    /// <paramref name="root"/>, the only root trusted.
    /// </summary>
    public static RemoteCertificateValidationCallback TrustOnly(X509Certificate2 root) => (_, certificate, _, errors) =>
    {
        if (certificate is not X509Certificate2 server || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None)
        {
            return false;
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(server);
    };

    public void Dispose()
    {
        Server.Dispose();
        Authority.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
