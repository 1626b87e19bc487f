using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CsCheck;

namespace MiniHttp.EndToEnd.Tests.Properties;

/// <summary>
/// For generated pipelined batches of well-framed requests, the bytes the server answers do not depend on how the
/// client cut the batch into writes: one write, or pieces cut anywhere, one byte long included.
/// </summary>
public sealed class SegmentationPropertyTests(ArenaServerFixture arena) : IClassFixture<ArenaServerFixture>
{
    /// <summary>Where to cut: each seed picks an offset in the batch; several may pick one, or neighbouring bytes.</summary>
    private static readonly Gen<int[]> CutSeeds = Gen.Int[0, int.MaxValue].Array[1, 12];

    [Fact]
    public async Task Any_split_of_a_pipelined_batch_is_answered_with_the_same_bytes()
    {
        await Gen.Select(ArenaRequests.Batch, CutSeeds).SampleAsync(
            async (batch, seeds) =>
            {
                var bytes = batch.SelectMany(static request => request).ToArray();

                var whole = await ExchangeAsync([bytes], batch.Length);
                var split = await ExchangeAsync(Cut(bytes, seeds), batch.Length);

                Assert.Equal(whole, split);
                Assert.Equal(batch.Length, whole.Split("HTTP/1.1 ").Length - 1);
            },
            iter: 60,
            threads: 1);
    }

    private async Task<string> ExchangeAsync(byte[][] writes, int responses)
    {
        await using var client = await RawHttpClient.ConnectAsync(arena.EndPoint);
        foreach (var write in writes)
        {
            await client.SendAsync(write);
            // A pause between writes, so each tends to arrive as a receive of its own rather than coalesced.
            await Task.Delay(1);
        }

        var answered = new StringBuilder();
        for (var i = 0; i < responses; i++)
        {
            var response = await client.ReadResponseAsync();
            answered.Append(response.Version).Append(' ').Append(response.StatusCode).Append(' ').Append(response.ReasonPhrase).Append('\n');
            foreach (var (name, value) in response.Headers)
            {
                // The clock may tick between the two exchanges.
                answered.Append(name).Append(": ").Append(name == "Date" ? "<date>" : value).Append('\n');
            }

            answered.Append('\n').Append(Convert.ToHexString(response.Content)).Append('\n');
        }

        return answered.ToString();
    }

    private static byte[][] Cut(byte[] bytes, int[] seeds)
    {
        var offsets = seeds.Select(seed => seed % bytes.Length).Where(static offset => offset > 0).Distinct().Order().ToList();
        var writes = new List<byte[]>();
        var start = 0;
        foreach (var offset in offsets.Append(bytes.Length))
        {
            writes.Add(bytes[start..offset]);
            start = offset;
        }

        return [.. writes];
    }
}
