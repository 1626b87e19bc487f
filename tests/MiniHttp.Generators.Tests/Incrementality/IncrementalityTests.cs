using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using MiniHttp.Generators.Tests.Infrastructure;

namespace MiniHttp.Generators.Tests.Incrementality;

/// <summary>
/// What the generator does again after an edit: nothing for an edit that changes no route, the emitter for one that does.
/// </summary>
public sealed class IncrementalityTests
{
    private const string Routes = """
        using System;
        using MiniHttp;

        public static class Arena
        {
            [Get("/baseline11")]  public static int Sum(int a, int b) => a + b;
            [Post("/baseline11")] public static int SumWithBody(int a, int b, [FromBody] int body) => a + b + body;
            [Get("/pipeline")]    public static ReadOnlySpan<byte> Pipeline() => "ok"u8;
            [Put("/item")]        public static int Put() => 1;
            [Delete("/item")]     public static int Delete() => 2;
            [Patch("/item")]      public static int Patch() => 3;
            [Route("PURGE", "/item")] public static int Purge() => 4;
        }
        """;

    private const string Unrelated = "public static class Helpers { public static int One() => 1; }";

    private static readonly string[] TrackedSteps =
    [
        TrackingNames.GetHandlers,
        TrackingNames.PostHandlers,
        TrackingNames.PutHandlers,
        TrackingNames.DeleteHandlers,
        TrackingNames.PatchHandlers,
        TrackingNames.RouteHandlers,
        TrackingNames.RouteTable,
        TrackingNames.Routes,
        TrackingNames.Diagnostics,
        TrackingNames.RequestHooks,
    ];

    private static readonly IncrementalStepRunReason[] CachedOrUnchanged = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void An_edit_to_another_file_changes_no_step_and_regenerates_nothing()
    {
        var (_, second) = IncrementalRuns.RunTwice([Routes, Unrelated], 1, "public static class Helpers { public static int Two() => 2; }");

        // The parser runs again on the new compilation (another file's types could change what a handler means),
        // finds the same model, and from there on nothing runs again.
        foreach (var step in TrackedSteps)
        {
            Assert.All(IncrementalRuns.Reasons(second, step), reason => Assert.Contains(reason, CachedOrUnchanged));
        }

        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Moving_a_handler_within_its_file_regenerates_nothing()
    {
        var (_, second) = IncrementalRuns.RunTwice([Routes, Unrelated], 0, "// A comment that moves every handler one line down.\n" + Routes);

        // The handler models hold locations, for diagnostics, so they change; the routes the emitter reads do not.
        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalRuns.Reasons(second, TrackingNames.GetHandlers));
        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.RouteTable), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.Routes), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void Editing_an_instance_handlers_body_or_its_class_state_regenerates_nothing()
    {
        const string Store = "using MiniHttp; public sealed class Store(int start) { [Get(\"/count\")] public int Count() => start; }";
        var edited = Store.Replace("(int start)", "(int start, string name)", System.StringComparison.Ordinal)
            .Replace("=> start;", "=> start + name.Length;", System.StringComparison.Ordinal);

        var (first, second) = IncrementalRuns.RunTwice([Routes, Store], 1, edited);

        Assert.Contains("public Router(global::Store store)", first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.All(IncrementalRuns.Reasons(second, TrackingNames.Routes), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(IncrementalRuns.OutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void A_route_change_regenerates_the_router()
    {
        var (first, second) = IncrementalRuns.RunTwice([Routes, Unrelated], 0, Routes.Replace("\"/pipeline\"", "\"/plaintext\"", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalRuns.Reasons(second, TrackingNames.Routes));
        Assert.Contains(IncrementalStepRunReason.Modified, IncrementalRuns.OutputReasons(second));
        Assert.Contains("\"/pipeline\"u8", first.GeneratedSource, System.StringComparison.Ordinal);
        Assert.Contains("\"/plaintext\"u8", second.GeneratedSource, System.StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_symbol_syntax_or_location()
    {
        var run = GeneratorHarness.Run(Routes, "using MiniHttp; public struct Broken { [Get(\"/x\")] public int Instance() => 1; }");

        foreach (var step in TrackedSteps)
        {
            foreach (var output in run.Result.TrackedSteps[step].SelectMany(execution => execution.Outputs))
            {
                AssertHoldsOnlyValues(output.Value, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    /// <summary>
    /// Walks an output's fields: anything that holds a compilation (symbols, syntax, <see cref="Location"/>) would
    /// keep it alive and never compare equal across runs.
    /// </summary>
    private static void AssertHoldsOnlyValues(object? value, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(
            value is ISymbol or SyntaxNode or Location or Compilation or SemanticModel,
            $"A pipeline output holds a {value.GetType()}.");

        if (value is System.Collections.IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertHoldsOnlyValues(item, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertHoldsOnlyValues(field.GetValue(value), seen);
        }
    }
}
