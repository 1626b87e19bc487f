using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Arena.Database;

namespace MiniHttp.Database.Tests;

/// <summary>
/// HttpArena's <c>fortunes</c> rules (validate.sh's checks: type, DOCTYPE, rows, the runtime row, the escape, the size)
/// and what it leaves to the implementation rules: every row of the table, in ordinal order, each message exact.
/// </summary>
[Collection(DatabaseTests.Name)]
public sealed partial class FortunesTests(PostgresCluster database)
{
    private const string ScriptRow = """<script>alert("This should not be displayed in a browser alert box.");</script>""";

    [Fact]
    public async Task Passes_the_profiles_validation_checks()
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl);

        using var response = await server.Client.GetAsync("/fortunes");
        var body = await response.Content.ReadAsByteArrayAsync();
        var page = Encoding.UTF8.GetString(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Equal(202, Regex.Count(page, "<tr", RegexOptions.IgnoreCase));
        Assert.Contains("<tr><th>id</th><th>message</th></tr>", page, StringComparison.Ordinal);
        Assert.Contains(DatabaseRoutes.RuntimeFortune, page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.InRange(body.Length, 18 * 1024, 64 * 1024);
    }

    [Fact]
    public async Task Renders_every_row_and_the_runtime_row_escaped_in_ordinal_order()
    {
        await using var server = ArenaDatabaseServer.Start(database.DatabaseUrl);
        var expected = await TableAsync();
        expected.Add((0, DatabaseRoutes.RuntimeFortune));
        expected.Sort((left, right) => string.CompareOrdinal(left.Message, right.Message));

        var page = await server.Client.GetStringAsync("/fortunes");
        var rows = Row().Matches(page).Select(match => (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), match.Groups[2].Value)).ToList();

        Assert.Equal(expected.Select(row => (row.Id, Escaped(row.Message))), rows);
        Assert.Equal((11, "&lt;script&gt;alert(&quot;This should not be displayed in a browser alert box.&quot;);&lt;/script&gt;"), rows[0]);
        Assert.Contains((12, "フレームワークのベンチマーク"), rows);
        Assert.Contains(rows, row => row.Item2.Contains("🚀", StringComparison.Ordinal));
    }

    [Fact]
    public void Escapes_the_five_characters_html_gives_meaning_to()
    {
        var output = new System.Buffers.ArrayBufferWriter<byte>();

        FortunesPage.WriteEscaped(output, "<a href=\"x\" title='y'>&amp;</a> café 🚀");

        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; café 🚀", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    private async Task<List<(int Id, string Message)>> TableAsync()
    {
        await using var command = database.Admin.CreateCommand("SELECT id, message FROM fortune");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(int, string)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        Assert.Equal(200, rows.Count);
        Assert.Contains((11, ScriptRow), rows);
        return rows;
    }

    private static string Escaped(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    [GeneratedRegex("<tr><td>([0-9]+)</td><td>(.*?)</td></tr>")]
    private static partial Regex Row();
}
