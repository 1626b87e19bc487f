namespace MiniHttp;

/// <summary>
/// One route of the generated router, as its attribute declares it: what <c>Router.Routes</c> lists, for tools and
/// people to see what an app serves without a request or any discovery at run time.
/// </summary>
/// <param name="Method">The method token: <c>GET</c>, <c>POST</c>, or any other its <c>[Route]</c> names.</param>
/// <param name="Template">The path template: <c>/users/{id:int}</c>.</param>
/// <param name="Handler">The handler method: <c>Shop.OrderRoutes.Find</c>.</param>
public sealed record RouteDescription(string Method, string Template, string Handler);
