using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics.Metrics;
using System.Linq;
using MiniHttp.Diagnostics;

namespace MiniHttp.Tests.Diagnostics;

/// <summary>One measurement an instrument of the <c>MiniHttp</c> meter recorded, with its tags.</summary>
internal sealed record Measurement(string Instrument, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public string Tag(string name) => Convert.ToString(Tags[name], System.Globalization.CultureInfo.InvariantCulture)!;
}

/// <summary>
/// Listens to every instrument of the <c>MiniHttp</c> meters of one scope (a test's <see cref="IMeterFactory"/>, or the
/// shared meter for <see langword="null"/>) and keeps what they record; with <c>port</c>, only one server's measurements,
/// since the servers of other tests record on the shared meter at the same time.
/// </summary>
internal sealed class MetricsCollector : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<Measurement> _measurements = new();

    public MetricsCollector(object? scope, Func<int>? port = null)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == ServerMetrics.MeterName && instrument.Meter.Scope == scope)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags, port));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags, port));
        _listener.Start();
    }

    public IReadOnlyList<Measurement> Of(string instrument) => _measurements.Where(measurement => measurement.Instrument == instrument).ToArray();

    /// <summary>The sum of what <paramref name="instrument"/> recorded: a counter's total, an up-down counter's current value.</summary>
    public double Sum(string instrument) => Of(instrument).Sum(measurement => measurement.Value);

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, Func<int>? port)
    {
        var copied = new Dictionary<string, object?>(tags.ToArray());
        if (port is null || (copied.TryGetValue("server.port", out var tagged) && tagged is int serverPort && serverPort == port()))
        {
            _measurements.Enqueue(new Measurement(instrument.Name, value, copied));
        }
    }
}

/// <summary>An <see cref="IMeterFactory"/> as hosting has one: its meters carry it as their scope.</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(new MeterOptions(options.Name) { Version = options.Version, Tags = options.Tags, Scope = this });
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        lock (_meters)
        {
            _meters.ForEach(meter => meter.Dispose());
        }
    }
}
