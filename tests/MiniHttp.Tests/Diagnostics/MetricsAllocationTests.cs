using System;
using System.Diagnostics.Metrics;
using System.Net;
using System.Threading;
using MiniHttp.Diagnostics;
using MiniHttp.Parsing;

namespace MiniHttp.Tests.Diagnostics;

/// <summary>Recording a request allocates nothing, with no listener and with one: measured, not assumed.</summary>
public sealed class MetricsAllocationTests
{
    private const int RequestCount = 1000;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_thousand_requests_and_connections_are_recorded_without_allocating(bool listening)
    {
        using var factory = new TestMeterFactory();
        using var listener = new MeterListener();
        var sink = new Sink();
        if (listening)
        {
            listener.InstrumentPublished = (instrument, meterListener) =>
            {
                if (instrument.Meter.Scope == factory)
                {
                    meterListener.EnableMeasurementEvents(instrument);
                }
            };
            listener.SetMeasurementEventCallback<long>((_, value, _, _) => sink.Add(value));
            listener.SetMeasurementEventCallback<double>((_, _, _, _) => sink.Add(1));
            listener.Start();
        }

        var metrics = new ServerMetrics(factory, new IPEndPoint(IPAddress.Loopback, 8000), tls: false);
        RecordMany(metrics, 10);

        var before = GC.GetAllocatedBytesForCurrentThread();
        RecordMany(metrics, RequestCount);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        // Per round: +1 and -1 active request, a duration, a rejection, +1 and -1 connection, a connection duration.
        Assert.Equal(listening ? (RequestCount + 10) * 3 : 0, sink.Total);
    }

    private static void RecordMany(ServerMetrics metrics, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var connection = metrics.ConnectionOpened();
            var request = metrics.RequestStarting(RequestMethod.Get);
            metrics.RequestEnded(request, RequestMethod.Get, ProtocolVersion.Http11, i % 2 == 0 ? 404 : 503, i % 2 == 0 ? null : "/json/{count:int}");
            metrics.RequestRejected(RequestRejection.InvalidChunkSize);
            metrics.ConnectionClosed(connection);
        }
    }

    private sealed class Sink
    {
        private long _total;

        public long Total => Interlocked.Read(ref _total);

        public void Add(long value) => Interlocked.Add(ref _total, value);
    }
}
