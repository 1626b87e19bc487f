using System.Text;

namespace MiniHttp.Tests.Compression;

/// <summary>Accept-Encoding values (RFC 9110, section 12.5.3) and the coding the server chooses for each.</summary>
public sealed class AcceptEncodingTests
{
    [Theory]
    [InlineData("br", "Brotli")]
    [InlineData("gzip", "Gzip")]
    [InlineData("gzip, br", "Brotli")]
    [InlineData("br, gzip", "Brotli")]
    [InlineData("gzip, deflate, br, zstd", "Brotli")]
    [InlineData("GZIP", "Gzip")]
    [InlineData("Br", "Brotli")]
    [InlineData("x-gzip", "Gzip")]
    [InlineData("  gzip  ,\tbr\t", "Brotli")]
    [InlineData(",, gzip ,, ", "Gzip")]
    [InlineData("gzip;q=1, br;q=0.9", "Gzip")]
    [InlineData("gzip;q=0.5, br;q=0.5", "Brotli")]
    [InlineData("gzip; q=0.8, br ; Q=0.801", "Brotli")]
    [InlineData("br;q=0, gzip", "Gzip")]
    [InlineData("br;q=0.000, gzip;q=0.001", "Gzip")]
    [InlineData("br;q=1.000", "Brotli")]
    [InlineData("br;q=1.", "Brotli")]
    [InlineData("*", "Brotli")]
    [InlineData("*;q=0.5, gzip", "Gzip")]
    [InlineData("*;q=0, gzip", "Gzip")]
    [InlineData("deflate, *", "Brotli")]
    [InlineData("identity, gzip", "Gzip")]
    [InlineData("identity;q=0, gzip", "Gzip")]
    [InlineData("gzip;q=0.5, identity", "Identity")]
    [InlineData("gzip;q=0.5, identity;q=0.5", "Gzip")]
    [InlineData("identity", "Identity")]
    [InlineData("deflate, zstd", "Identity")]
    [InlineData("", "Identity")]
    [InlineData("br;q=0, gzip;q=0", "Identity")]
    [InlineData("*;q=0", "Identity")]
    [InlineData("br;q=0, *", "Gzip")]
    public void Chooses_the_heaviest_acceptable_coding_and_br_on_a_tie(string value, string expected)
    {
        Assert.Equal(expected, AcceptEncoding.Negotiate(Encoding.ASCII.GetBytes(value), brotli: true, gzip: true).ToString());
    }

    [Theory]
    [InlineData("br;q=2")]
    [InlineData("br;q=1.5")]
    [InlineData("br;q=1.001")]
    [InlineData("br;q=0.1234")]
    [InlineData("br;q=.5")]
    [InlineData("br;q=")]
    [InlineData("br;q")]
    [InlineData("br;level=3")]
    [InlineData("br;")]
    [InlineData("br gzip")]
    [InlineData("br, gzip;q=0.5x")]
    [InlineData("gzip, (br)")]
    [InlineData("gzip, b\"r")]
    [InlineData("gzip, ;q=1")]
    public void A_malformed_field_means_no_compression(string value)
    {
        Assert.Equal(ContentCoding.Identity, AcceptEncoding.Negotiate(Encoding.ASCII.GetBytes(value), brotli: true, gzip: true));
    }

    [Theory]
    [InlineData("gzip, br", true, false, "Brotli")]
    [InlineData("gzip, br", false, true, "Gzip")]
    [InlineData("br", false, true, "Identity")]
    [InlineData("*", false, true, "Gzip")]
    [InlineData("gzip, br", false, false, "Identity")]
    public void Only_the_codings_the_server_offers_are_chosen(string value, bool brotli, bool gzip, string expected)
    {
        Assert.Equal(expected, AcceptEncoding.Negotiate(Encoding.ASCII.GetBytes(value), brotli, gzip).ToString());
    }

    [Fact]
    public void Several_fields_make_one_list()
    {
        var request = Requests.Get("Accept-Encoding: gzip;q=0.5\r\nX-Other: br\r\naccept-encoding: br;q=0.9\r\n");

        Assert.Equal(ContentCoding.Brotli, AcceptEncoding.Negotiate(in request, brotli: true, gzip: true));
    }

    [Fact]
    public void No_field_means_no_compression()
    {
        var request = Requests.Get("Accept: */*\r\n");

        Assert.Equal(ContentCoding.Identity, AcceptEncoding.Negotiate(in request, brotli: true, gzip: true));
    }
}
