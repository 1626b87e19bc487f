using System;
using System.Collections.Concurrent;
using System.Linq;
using Microsoft.Extensions.Logging;

namespace MiniHttp.Hooks.Tests;

/// <summary>One message the server logged at error level, formatted, with its exception.</summary>
public sealed record LoggedError(EventId EventId, string Message, Exception? Exception);

/// <summary>An <see cref="ILogger"/> that keeps what the server logs at error level: a handler's or hook's failure.</summary>
public sealed class CapturingLogger : ILogger
{
    private readonly ConcurrentQueue<LoggedError> _errors = new();

    public LoggedError[] Errors => [.. _errors];

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _errors.Enqueue(new LoggedError(eventId, formatter(state, exception), exception));
        }
    }
}
