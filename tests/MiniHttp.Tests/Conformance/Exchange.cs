using System.Collections.Generic;
using System.Linq;

namespace MiniHttp.Tests.Conformance;

/// <summary>Every response a case's connection carried, the probe's included when it was answered.</summary>
internal sealed record Exchange(List<WireResponse> Responses)
{
    /// <summary>The responses to the case itself, checking that the probe after it was answered or not as <paramref name="persistence"/> says.</summary>
    public List<WireResponse> CaseResponses(Persistence persistence)
    {
        var all = string.Join("\n", Responses);
        Assert.True(Responses.Count > 0, "No response at all.");
        var probeAnswered = Responses[^1].Body == "probe";
        Assert.True(probeAnswered == (persistence == Persistence.KeepAlive), $"Expected {persistence}; the responses were:\n{all}");
        return probeAnswered ? Responses.Take(Responses.Count - 1).ToList() : Responses;
    }

    public WireResponse LastBeforeProbe(Persistence persistence)
    {
        var responses = CaseResponses(persistence);
        Assert.True(responses.Count > 0, "The case got no response of its own.");
        return responses[^1];
    }
}
