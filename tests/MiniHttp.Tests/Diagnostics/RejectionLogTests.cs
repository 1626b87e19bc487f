using System;
using System.Linq;
using System.Net;
using Microsoft.Extensions.Logging;
using MiniHttp.Diagnostics;
using MiniHttp.Parsing;
using MiniHttp.Tests.Server;

namespace MiniHttp.Tests.Diagnostics;

/// <summary>The rate limit on logged rejections, on a clock the test moves.</summary>
public sealed class RejectionLogTests
{
    private static readonly IPEndPoint s_client = new(IPAddress.Loopback, 5000);

    [Fact]
    public void The_count_left_out_of_a_window_is_logged_when_the_next_window_opens_with_a_rejection()
    {
        var logger = new CapturingLogger();
        var clock = new ManualTime();
        var log = new RejectionLog(logger, clock);

        for (var i = 0; i < 15; i++)
        {
            log.Rejected(RequestRejection.InvalidChunkSize, s_client);
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        log.Rejected(RequestRejection.HeaderFieldsTooLarge, s_client);

        Assert.Equal(
            Enumerable.Repeat("Rejected a request from 127.0.0.1:5000 with 400: invalid_chunk_size.", 10)
                .Append("5 more rejected requests were not logged, past the limit of 10 a second.")
                .Append("Rejected a request from 127.0.0.1:5000 with 431: header_fields_too_large."),
            logger.Entries.Select(entry => entry.Message));
    }

    [Fact]
    public void Rejections_while_debug_is_disabled_are_not_counted_against_the_limit()
    {
        var logger = new SwitchedLogger();
        var log = new RejectionLog(logger, new ManualTime());

        for (var i = 0; i < 100; i++)
        {
            log.Rejected(RequestRejection.InvalidMethod, s_client);
        }

        logger.Enabled = true;
        log.Rejected(RequestRejection.InvalidMethod, s_client);
        log.Flush();

        Assert.Equal(["Rejected a request from 127.0.0.1:5000 with 400: invalid_method."], logger.Entries.Select(entry => entry.Message));
    }

    [Theory]
    [InlineData(nameof(RequestRejection.HeaderFieldsTooLarge), "header_fields_too_large")]
    [InlineData(nameof(RequestRejection.InvalidChunkSize), "invalid_chunk_size")]
    [InlineData(nameof(RequestRejection.RequestBodyTimeout), "request_body_timeout")]
    [InlineData(nameof(RequestRejection.TransferEncodingInHttp10), "transfer_encoding_in_http10")]
    public void Rejections_are_named_in_snake_case(string rejection, string name) =>
        Assert.Equal(name, RejectionNames.ErrorType(Enum.Parse<RequestRejection>(rejection)));

    private sealed class ManualTime : TimeProvider
    {
        private long _timestamp;

        public override long GetTimestamp() => _timestamp;

        public void Advance(TimeSpan by) => _timestamp += (long)(by.TotalSeconds * TimestampFrequency);
    }

    private sealed class SwitchedLogger : ILogger
    {
        private readonly CapturingLogger _inner = new();

        public bool Enabled { get; set; }

        public System.Collections.Generic.IReadOnlyList<LogEntry> Entries => _inner.Entries;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => Enabled;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Assert.True(Enabled);
            _inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
