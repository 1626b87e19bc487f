using System;

namespace MiniHttp.Generators.Tests.Dispatch;

/// <summary>Handlers with route templates, compiled into this project's router alongside <see cref="TestRoutes"/>.</summary>
public static class TemplateRoutes
{
    [Get("/users/me")]
    public static string Me() => "me";

    [Get("/users/{id:int}")]
    public static string UserByInt(int id) => "int " + id;

    [Delete("/users/{id:int}")]
    public static string DeleteUser(long id) => "deleted " + id;

    [Get("/users/{id:long}")]
    public static string UserByLong(long id) => "long " + id;

    [Get("/users/{id:guid}")]
    public static string UserByGuid(Guid id) => "guid " + id;

    [Get("/users/{name}")]
    public static string UserByName(string name) => "name " + name;

    [Get("/files/{*path}")]
    public static string File(string path) => "file " + path;

    [Get("/files/{name}/meta")]
    public static string FileMeta(string name) => "meta " + name;

    [Get("/orders/{order}/items/{item:int}")]
    public static string OrderItem(int order, int item, string note) => $"order {order} item {item} note {note}";

    [Get("/left/{x}")]
    public static string Left(string x) => "left " + x;

    [Get("/{y}/right")]
    public static string Right(string y) => "right " + y;

    [Get("/ids/{id}")]
    public static string Id(Guid id) => "id " + id;
}
