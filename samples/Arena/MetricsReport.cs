using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace Arena;

/// <summary>
/// Listens to every instrument of the <c>MiniHttp</c> meter, so the load benchmark can compare a run with metrics on
/// against one without; each time the process receives SIGUSR1, prints a one-line summary of what they recorded. The
/// aggregation is a few interlocked additions per measurement, about what an exporter's first step costs.
/// </summary>
internal sealed class MetricsReport : IDisposable
{
    // .NET names only the portable signals; raw Linux numbers are accepted by casting.
    private const PosixSignal SigUsr1 = (PosixSignal)10;

    // Instrument name to the name its total is printed under.
    private static readonly FrozenDictionary<string, string> s_printedAs = new Dictionary<string, string>
    {
        ["http.server.request.duration"] = "requests",
        ["http.server.active_requests"] = "active-requests",
        ["minihttp.rejected_requests"] = "rejected-requests",
        ["minihttp.connection.duration"] = "connections",
        ["minihttp.active_connections"] = "active-connections",
        ["minihttp.rejected_connections"] = "rejected-connections",
    }.ToFrozenDictionary();

    private readonly MeterListener _listener = new();
    private readonly List<Total> _totals = [];
    private readonly PosixSignalRegistration _registration;

    /// <summary>Starts listening: before the servers start, so the up-down counters see every connection from the first.</summary>
    public MetricsReport()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == "MiniHttp" && s_printedAs.TryGetValue(instrument.Name, out var printedAs))
            {
                var total = new Total(printedAs, isHistogram: instrument is Histogram<double>);
                lock (_totals)
                {
                    _totals.Add(total);
                }

                // The total rides along as the measurement's state: no lookup per measurement.
                listener.EnableMeasurementEvents(instrument, total);
            }
        };
        _listener.SetMeasurementEventCallback<long>(static (_, value, _, state) => ((Total)state!).Add(value));
        _listener.SetMeasurementEventCallback<double>(static (_, value, _, state) => ((Total)state!).Record(value));
        _listener.Start();
        _registration = PosixSignalRegistration.Create(SigUsr1, OnSignal);
    }

    public void Dispose()
    {
        _registration.Dispose();
        _listener.Dispose();
    }

    /// <summary>The totals so far, on one line: <c>metrics requests N requests-seconds S active-requests N ...</c>.</summary>
    public string Summary()
    {
        var line = new StringBuilder("metrics");
        lock (_totals)
        {
            foreach (var total in _totals)
            {
                total.AppendTo(line);
            }
        }

        return line.ToString();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        Console.WriteLine(Summary());
    }

    /// <summary>
    /// A counter's or up-down counter's sum; or a histogram's count of measurements and their sum (in nanoseconds,
    /// so it adds up with interlocked integer additions).
    /// </summary>
    private sealed class Total(string printedAs, bool isHistogram)
    {
        private long _count;
        private long _sum;

        public void Add(long value) => Interlocked.Add(ref _sum, value);

        public void Record(double seconds)
        {
            Interlocked.Increment(ref _count);
            Interlocked.Add(ref _sum, (long)(seconds * 1_000_000_000));
        }

        public void AppendTo(StringBuilder line)
        {
            var sum = Interlocked.Read(ref _sum);
            line.Append(CultureInfo.InvariantCulture, $" {printedAs} {(isHistogram ? Interlocked.Read(ref _count) : sum)}");
            if (isHistogram)
            {
                line.Append(CultureInfo.InvariantCulture, $" {printedAs}-seconds {sum / 1_000_000_000.0:F3}");
            }
        }
    }
}
