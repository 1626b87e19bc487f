using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace Todo.Tests;

/// <summary>The sample as its own process: how it starts, fails to start, and stops.</summary>
public sealed partial class TodoProcessTests
{
    internal static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_1_without_a_stack_trace()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen();
        var port = ((IPEndPoint)taken.LocalEndPoint!).Port;

        using var process = Start($"--urls http://127.0.0.1:{port}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(Bound);
        var all = await output + await errors;

        Assert.Equal(1, process.ExitCode);
        Assert.Contains($"Cannot listen on http://127.0.0.1:{port}: the port is already in use. Stop the process that listens there, or choose another port.", all, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SIGTERM_stops_the_service_with_exit_code_0()
    {
        using var process = Start("--urls http://127.0.0.1:0");
        var errors = process.StandardError.ReadToEndAsync();
        var endPoint = await ListeningEndPointAsync(process.StandardOutput).WaitAsync(Bound);
        using (var client = new HttpClient { BaseAddress = new Uri($"http://{endPoint}"), Timeout = Bound })
        {
            Assert.Equal("""{"status":"ok","todos":0}""", await client.GetStringAsync("/health"));
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync().WaitAsync(Bound);
        }

        await process.WaitForExitAsync().WaitAsync(Bound);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(string.Empty, await errors);
    }

    /// <summary>The sample's own build, beside this assembly, run as <c>dotnet Todo.dll</c> from its directory.</summary>
    internal static Process Start(string arguments)
    {
        var directory = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet", $"\"{Path.Combine(directory, "Todo.dll")}\" {arguments}")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The console logger's plain format, without colours, so the lines can be read.
        start.Environment["DOTNET_LOGGING__CONSOLE__DISABLECOLORS"] = "true";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        return Process.Start(start)!;
    }

    private static async Task<string> ListeningEndPointAsync(StreamReader output)
    {
        while (await output.ReadLineAsync() is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                return match.Groups[1].Value;
            }
        }

        throw new EndOfStreamException("The sample ended without saying where it listens.");
    }

    [GeneratedRegex(@"Listening on (\S+) \(http\)")]
    private static partial Regex ListeningLine();
}
