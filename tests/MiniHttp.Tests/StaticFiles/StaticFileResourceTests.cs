using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace MiniHttp.Tests.StaticFiles;

/// <summary>
/// What a large file costs the server when clients misbehave: no file handle outlives a reset mid-send, and clients that
/// do not read hold memory of one slice, not of the file.
/// </summary>
[Collection(nameof(StaticFileResourceTests))]
[CollectionDefinition(nameof(StaticFileResourceTests), DisableParallelization = true)]
public sealed class StaticFileResourceTests
{
    private const int FileSize = 50 * 1024 * 1024;

    [Fact]
    public async Task A_client_reset_mid_send_leaves_no_open_file_handle()
    {
        await using var site = StaticSite.Start();
        var path = WriteLargeFile(site);

        for (var i = 0; i < 5; i++)
        {
            var client = await site.ConnectAsync();
            await client.SendAsync("GET /static/large.bin HTTP/1.1\r\nHost: t\r\n\r\n");
            var response = await client.ReadResponseAsync(hasBody: false);
            Assert.Equal(200, response.Status);
            client.Reset();
        }

        await WaitUntilAsync(() => site.Server.ConnectionCount == 0);
        Assert.Equal(0, OpenHandlesTo(path));
    }

    [Fact]
    public async Task Clients_that_do_not_read_a_large_file_hold_no_more_than_slices_of_it()
    {
        await using var site = StaticSite.Start();
        WriteLargeFile(site);
        GC.Collect();
        var before = Process.GetCurrentProcess().WorkingSet64;

        var clients = new FileClient[8];
        for (var i = 0; i < clients.Length; i++)
        {
            clients[i] = await site.ConnectAsync(receiveBufferSize: 4096);
            await clients[i].SendAsync("GET /static/large.bin HTTP/1.1\r\nHost: t\r\n\r\n");
        }

        foreach (var client in clients)
        {
            Assert.Equal(200, (await client.ReadResponseAsync(hasBody: false)).Status);
        }

        // Whatever the clients let through is in the kernel's buffers, not the server's: its growth is far below one file.
        await Task.Delay(500);
        var grown = Process.GetCurrentProcess().WorkingSet64 - before;
        foreach (var client in clients)
        {
            await client.DisposeAsync();
        }

        Assert.True(grown < FileSize, $"The process grew by {grown / 1024 / 1024} MiB while 8 clients held a 50 MiB file unread.");
    }

    private static string WriteLargeFile(StaticSite site)
    {
        var path = Path.Combine(site.Files.Root, "large.bin");
        using var file = File.Create(path);
        file.SetLength(FileSize);
        return path;
    }

    /// <summary>How many of this process's descriptors are open on <paramref name="path"/> (Linux: /proc/self/fd).</summary>
    private static int OpenHandlesTo(string path) =>
        new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos().Count(fd =>
        {
            try
            {
                return fd.LinkTarget == path;
            }
            catch (IOException)
            {
                // A descriptor closed while the directory was being read.
                return false;
            }
        });

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(50);
        }

        Assert.True(condition(), "The server did not close the reset connections.");
    }
}
