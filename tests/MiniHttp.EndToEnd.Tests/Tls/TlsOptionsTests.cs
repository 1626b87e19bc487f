using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using MiniHttp.Generated;

namespace MiniHttp.EndToEnd.Tests.Tls;

/// <summary>Where a server's certificate comes from, and the start-up errors that name the file at fault.</summary>
public sealed class TlsOptionsTests : IDisposable
{
    private readonly TestCertificates _certificates = new();

    [Fact]
    public void A_missing_certificate_file_is_an_error_naming_it()
    {
        var missing = _certificates.PathFor("absent.crt");

        var error = Assert.Throws<FileNotFoundException>(() => TlsOptions.FromPemFiles(missing, _certificates.KeyPemPath));

        Assert.Equal($"The TLS certificate file '{missing}' does not exist.", error.Message);
    }

    [Fact]
    public void A_missing_key_file_is_an_error_naming_it()
    {
        var missing = _certificates.PathFor("absent.key");

        var error = Assert.Throws<FileNotFoundException>(() => TlsOptions.FromPemFiles(_certificates.CertificatePemPath, missing));

        Assert.Equal($"The TLS private key file '{missing}' does not exist.", error.Message);
    }

    [Fact]
    public void A_certificate_file_without_pem_is_an_error_naming_it()
    {
        var garbage = _certificates.PathFor("garbage.crt");
        File.WriteAllText(garbage, "not a certificate\n");

        var error = Assert.Throws<InvalidDataException>(() => TlsOptions.FromPemFiles(garbage, _certificates.KeyPemPath));

        Assert.Contains($"'{garbage}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_that_does_not_match_the_certificate_is_an_error_naming_both_files()
    {
        var otherKey = _certificates.PathFor("other.key");
        using (var key = System.Security.Cryptography.ECDsa.Create())
        {
            File.WriteAllText(otherKey, key.ExportPkcs8PrivateKeyPem());
        }

        var error = Assert.Throws<InvalidDataException>(() => TlsOptions.FromPemFiles(_certificates.CertificatePemPath, otherKey));

        Assert.Contains($"'{_certificates.CertificatePemPath}'", error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{otherKey}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_without_its_private_key_is_refused()
    {
        using var publicOnly = X509CertificateLoader.LoadCertificate(_certificates.Server.RawData);

        var error = Assert.Throws<ArgumentException>(() => new TlsOptions(publicOnly));

        Assert.Equal("certificate", error.ParamName);
    }

    [Fact]
    public async Task A_server_over_an_X509Certificate2_answers_a_client_trusting_its_authority()
    {
        await using var server = new HttpServer<Router>(
            new ServerOptions { EndPoint = new IPEndPoint(IPAddress.Loopback, 0), Tls = new TlsOptions(_certificates.Server) },
            ArenaServerFixture.RouterWithoutDataset);
        server.Start();
        using var client = new HttpClient(new SocketsHttpHandler
        {
            SslOptions = new() { RemoteCertificateValidationCallback = TestCertificates.TrustOnly(_certificates.Authority) },
        })
        { Timeout = TlsServerFixture.Timeout };

        using var response = await client.GetAsync(new Uri($"https://{server.LocalEndPoint}/pipeline"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _certificates.Dispose();
}
