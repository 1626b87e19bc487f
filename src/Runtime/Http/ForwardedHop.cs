using System.Net;

namespace MiniHttp;

/// <summary>
/// What one proxy said about the request it received: from whom (null when it hid or left out the address) and over
/// which scheme (null when it did not say).
/// </summary>
internal readonly record struct ForwardedHop(IPAddress? For, bool? IsHttps);
