using System.Net;

namespace MiniHttp;

/// <summary>Who sent a request and over which scheme, after the trusted proxies' forwarded headers are applied.</summary>
internal readonly record struct ForwardedClient(IPAddress? Address, bool IsHttps);
