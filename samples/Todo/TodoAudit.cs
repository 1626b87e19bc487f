using System;
using System.Collections.Generic;
using Microsoft.Extensions.Logging;

namespace Todo;

/// <summary>
/// What one request changed, logged once when its scope ends: a scoped service, made for each request that changes the
/// list and disposed after its response.
/// </summary>
public sealed partial class TodoAudit(ILogger<TodoAudit> logger) : IDisposable
{
    private readonly List<string> _changes = [];

    public void Record(string change) => _changes.Add(change);

    public void Dispose()
    {
        if (_changes.Count > 0)
        {
            Changed(logger, _changes);
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Changed: {Changes}")]
    private static partial void Changed(ILogger logger, IEnumerable<string> changes);
}
