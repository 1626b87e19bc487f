namespace MiniHttp.Generators.Model;

/// <summary>Where the value of a handler parameter comes from.</summary>
internal enum BindingSource
{
    /// <summary>The query string value whose name is the parameter's name.</summary>
    Query,

    /// <summary>The route value of the template parameter whose name is the parameter's name.</summary>
    Route,

    /// <summary>The whole request body; the parameter is marked <c>[FromBody]</c>.</summary>
    Body,
}
