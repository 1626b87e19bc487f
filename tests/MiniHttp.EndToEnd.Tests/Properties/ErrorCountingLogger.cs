using System;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace MiniHttp.EndToEnd.Tests.Properties;

/// <summary>Keeps what the server logs at error level or above: a fault that escaped to the connection's last resort.</summary>
internal sealed class ErrorCountingLogger : ILogger
{
    public ConcurrentQueue<string> Errors { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Errors.Enqueue($"{eventId.Name}: {formatter(state, exception)} {exception}");
        }
    }
}
