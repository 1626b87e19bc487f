using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Tests.Server;

/// <summary>One message the server logged, formatted.</summary>
internal sealed record LogEntry(LogLevel Level, EventId EventId, string Message, Exception? Exception);

/// <summary>An <see cref="ILogger"/> that keeps every message, enabled for every level.</summary>
internal sealed class CapturingLogger : ILogger
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    /// <summary>Every message but the server's own start and stop (event ids 8 to 10): what the connections logged.</summary>
    public IReadOnlyList<LogEntry> ConnectionEntries => Entries.Where(entry => entry.EventId.Id is < 8 or > 10).ToArray();

    public IReadOnlyList<LogEntry> WithEvent(string eventName) => Entries.Where(entry => entry.EventId.Name == eventName).ToArray();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        _entries.Enqueue(new LogEntry(logLevel, eventId, formatter(state, exception), exception));
}
