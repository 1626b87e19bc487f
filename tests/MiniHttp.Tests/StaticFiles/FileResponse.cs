using System;
using System.Collections.Generic;
using System.Text;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>One response as it came off the wire: its status, its header fields and its body bytes.</summary>
internal sealed record FileResponse(int Status, string Head, IReadOnlyDictionary<string, string> Fields, byte[] Body)
{
    public string? this[string name] => Fields.TryGetValue(name, out var value) ? value : null;

    public string Text => Encoding.UTF8.GetString(Body);

    public static FileResponse Parse(string head, byte[] body)
    {
        var lines = head.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines[1..])
        {
            var colon = line.IndexOf(':');
            Assert.False(fields.ContainsKey(line[..colon]), $"A field was sent twice:\n{head}");
            fields[line[..colon]] = line[(colon + 1)..].Trim();
        }

        return new FileResponse(int.Parse(lines[0].AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture), head, fields, body);
    }
}
