using System;
using System.ComponentModel;

namespace MiniHttp.HttpResults;


/// <summary>
/// One of 2 typed results, each converted to the union implicitly, so a handler declared to return
/// <c>Results&lt;TResult1, TResult2&gt;</c> returns any of them as it is. The generator knows every case, checks each
/// JSON body against the context at compile time and writes the one returned through a switch on <see cref="Case"/>:
/// no interface call and no boxing.
/// </summary>
public readonly struct Results<TResult1, TResult2>
    where TResult1 : struct, ITypedResult
    where TResult2 : struct, ITypedResult
{
    private readonly TResult1 _result1;
    private readonly TResult2 _result2;

    private Results(TResult1 result1)
    {
        Case = 1;
        _result1 = result1;
    }

    private Results(TResult2 result2)
    {
        Case = 2;
        _result2 = result2;
    }

    /// <summary>Which case the union holds, from 1; 0 for <c>default</c>, which holds none and is refused when written.</summary>
    public int Case { get; }

    /// <summary>The status of the result the union holds.</summary>
    public int StatusCode => Case switch
    {
        1 => _result1.StatusCode,
        2 => _result2.StatusCode,
        _ => throw new InvalidOperationException("default(Results<...>) holds no result; return one of its cases."),
    };

    /// <summary>The result of case 1; read by generated code when <see cref="Case"/> is 1.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult1 Result1 => _result1;

    /// <summary>The result of case 2; read by generated code when <see cref="Case"/> is 2.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult2 Result2 => _result2;

    public static implicit operator Results<TResult1, TResult2>(TResult1 result) => new(result);

    public static implicit operator Results<TResult1, TResult2>(TResult2 result) => new(result);
}

/// <summary>
/// One of 3 typed results, each converted to the union implicitly, so a handler declared to return
/// <c>Results&lt;TResult1, TResult2, TResult3&gt;</c> returns any of them as it is. The generator knows every case, checks each
/// JSON body against the context at compile time and writes the one returned through a switch on <see cref="Case"/>:
/// no interface call and no boxing.
/// </summary>
public readonly struct Results<TResult1, TResult2, TResult3>
    where TResult1 : struct, ITypedResult
    where TResult2 : struct, ITypedResult
    where TResult3 : struct, ITypedResult
{
    private readonly TResult1 _result1;
    private readonly TResult2 _result2;
    private readonly TResult3 _result3;

    private Results(TResult1 result1)
    {
        Case = 1;
        _result1 = result1;
    }

    private Results(TResult2 result2)
    {
        Case = 2;
        _result2 = result2;
    }

    private Results(TResult3 result3)
    {
        Case = 3;
        _result3 = result3;
    }

    /// <summary>Which case the union holds, from 1; 0 for <c>default</c>, which holds none and is refused when written.</summary>
    public int Case { get; }

    /// <summary>The status of the result the union holds.</summary>
    public int StatusCode => Case switch
    {
        1 => _result1.StatusCode,
        2 => _result2.StatusCode,
        3 => _result3.StatusCode,
        _ => throw new InvalidOperationException("default(Results<...>) holds no result; return one of its cases."),
    };

    /// <summary>The result of case 1; read by generated code when <see cref="Case"/> is 1.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult1 Result1 => _result1;

    /// <summary>The result of case 2; read by generated code when <see cref="Case"/> is 2.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult2 Result2 => _result2;

    /// <summary>The result of case 3; read by generated code when <see cref="Case"/> is 3.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult3 Result3 => _result3;

    public static implicit operator Results<TResult1, TResult2, TResult3>(TResult1 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3>(TResult2 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3>(TResult3 result) => new(result);
}

/// <summary>
/// One of 4 typed results, each converted to the union implicitly, so a handler declared to return
/// <c>Results&lt;TResult1, TResult2, TResult3, TResult4&gt;</c> returns any of them as it is. The generator knows every case, checks each
/// JSON body against the context at compile time and writes the one returned through a switch on <see cref="Case"/>:
/// no interface call and no boxing.
/// </summary>
public readonly struct Results<TResult1, TResult2, TResult3, TResult4>
    where TResult1 : struct, ITypedResult
    where TResult2 : struct, ITypedResult
    where TResult3 : struct, ITypedResult
    where TResult4 : struct, ITypedResult
{
    private readonly TResult1 _result1;
    private readonly TResult2 _result2;
    private readonly TResult3 _result3;
    private readonly TResult4 _result4;

    private Results(TResult1 result1)
    {
        Case = 1;
        _result1 = result1;
    }

    private Results(TResult2 result2)
    {
        Case = 2;
        _result2 = result2;
    }

    private Results(TResult3 result3)
    {
        Case = 3;
        _result3 = result3;
    }

    private Results(TResult4 result4)
    {
        Case = 4;
        _result4 = result4;
    }

    /// <summary>Which case the union holds, from 1; 0 for <c>default</c>, which holds none and is refused when written.</summary>
    public int Case { get; }

    /// <summary>The status of the result the union holds.</summary>
    public int StatusCode => Case switch
    {
        1 => _result1.StatusCode,
        2 => _result2.StatusCode,
        3 => _result3.StatusCode,
        4 => _result4.StatusCode,
        _ => throw new InvalidOperationException("default(Results<...>) holds no result; return one of its cases."),
    };

    /// <summary>The result of case 1; read by generated code when <see cref="Case"/> is 1.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult1 Result1 => _result1;

    /// <summary>The result of case 2; read by generated code when <see cref="Case"/> is 2.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult2 Result2 => _result2;

    /// <summary>The result of case 3; read by generated code when <see cref="Case"/> is 3.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult3 Result3 => _result3;

    /// <summary>The result of case 4; read by generated code when <see cref="Case"/> is 4.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult4 Result4 => _result4;

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4>(TResult1 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4>(TResult2 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4>(TResult3 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4>(TResult4 result) => new(result);
}

/// <summary>
/// One of 5 typed results, each converted to the union implicitly, so a handler declared to return
/// <c>Results&lt;TResult1, TResult2, TResult3, TResult4, TResult5&gt;</c> returns any of them as it is. The generator knows every case, checks each
/// JSON body against the context at compile time and writes the one returned through a switch on <see cref="Case"/>:
/// no interface call and no boxing.
/// </summary>
public readonly struct Results<TResult1, TResult2, TResult3, TResult4, TResult5>
    where TResult1 : struct, ITypedResult
    where TResult2 : struct, ITypedResult
    where TResult3 : struct, ITypedResult
    where TResult4 : struct, ITypedResult
    where TResult5 : struct, ITypedResult
{
    private readonly TResult1 _result1;
    private readonly TResult2 _result2;
    private readonly TResult3 _result3;
    private readonly TResult4 _result4;
    private readonly TResult5 _result5;

    private Results(TResult1 result1)
    {
        Case = 1;
        _result1 = result1;
    }

    private Results(TResult2 result2)
    {
        Case = 2;
        _result2 = result2;
    }

    private Results(TResult3 result3)
    {
        Case = 3;
        _result3 = result3;
    }

    private Results(TResult4 result4)
    {
        Case = 4;
        _result4 = result4;
    }

    private Results(TResult5 result5)
    {
        Case = 5;
        _result5 = result5;
    }

    /// <summary>Which case the union holds, from 1; 0 for <c>default</c>, which holds none and is refused when written.</summary>
    public int Case { get; }

    /// <summary>The status of the result the union holds.</summary>
    public int StatusCode => Case switch
    {
        1 => _result1.StatusCode,
        2 => _result2.StatusCode,
        3 => _result3.StatusCode,
        4 => _result4.StatusCode,
        5 => _result5.StatusCode,
        _ => throw new InvalidOperationException("default(Results<...>) holds no result; return one of its cases."),
    };

    /// <summary>The result of case 1; read by generated code when <see cref="Case"/> is 1.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult1 Result1 => _result1;

    /// <summary>The result of case 2; read by generated code when <see cref="Case"/> is 2.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult2 Result2 => _result2;

    /// <summary>The result of case 3; read by generated code when <see cref="Case"/> is 3.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult3 Result3 => _result3;

    /// <summary>The result of case 4; read by generated code when <see cref="Case"/> is 4.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult4 Result4 => _result4;

    /// <summary>The result of case 5; read by generated code when <see cref="Case"/> is 5.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult5 Result5 => _result5;

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5>(TResult1 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5>(TResult2 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5>(TResult3 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5>(TResult4 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5>(TResult5 result) => new(result);
}

/// <summary>
/// One of 6 typed results, each converted to the union implicitly, so a handler declared to return
/// <c>Results&lt;TResult1, TResult2, TResult3, TResult4, TResult5, TResult6&gt;</c> returns any of them as it is. The generator knows every case, checks each
/// JSON body against the context at compile time and writes the one returned through a switch on <see cref="Case"/>:
/// no interface call and no boxing.
/// </summary>
public readonly struct Results<TResult1, TResult2, TResult3, TResult4, TResult5, TResult6>
    where TResult1 : struct, ITypedResult
    where TResult2 : struct, ITypedResult
    where TResult3 : struct, ITypedResult
    where TResult4 : struct, ITypedResult
    where TResult5 : struct, ITypedResult
    where TResult6 : struct, ITypedResult
{
    private readonly TResult1 _result1;
    private readonly TResult2 _result2;
    private readonly TResult3 _result3;
    private readonly TResult4 _result4;
    private readonly TResult5 _result5;
    private readonly TResult6 _result6;

    private Results(TResult1 result1)
    {
        Case = 1;
        _result1 = result1;
    }

    private Results(TResult2 result2)
    {
        Case = 2;
        _result2 = result2;
    }

    private Results(TResult3 result3)
    {
        Case = 3;
        _result3 = result3;
    }

    private Results(TResult4 result4)
    {
        Case = 4;
        _result4 = result4;
    }

    private Results(TResult5 result5)
    {
        Case = 5;
        _result5 = result5;
    }

    private Results(TResult6 result6)
    {
        Case = 6;
        _result6 = result6;
    }

    /// <summary>Which case the union holds, from 1; 0 for <c>default</c>, which holds none and is refused when written.</summary>
    public int Case { get; }

    /// <summary>The status of the result the union holds.</summary>
    public int StatusCode => Case switch
    {
        1 => _result1.StatusCode,
        2 => _result2.StatusCode,
        3 => _result3.StatusCode,
        4 => _result4.StatusCode,
        5 => _result5.StatusCode,
        6 => _result6.StatusCode,
        _ => throw new InvalidOperationException("default(Results<...>) holds no result; return one of its cases."),
    };

    /// <summary>The result of case 1; read by generated code when <see cref="Case"/> is 1.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult1 Result1 => _result1;

    /// <summary>The result of case 2; read by generated code when <see cref="Case"/> is 2.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult2 Result2 => _result2;

    /// <summary>The result of case 3; read by generated code when <see cref="Case"/> is 3.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult3 Result3 => _result3;

    /// <summary>The result of case 4; read by generated code when <see cref="Case"/> is 4.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult4 Result4 => _result4;

    /// <summary>The result of case 5; read by generated code when <see cref="Case"/> is 5.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult5 Result5 => _result5;

    /// <summary>The result of case 6; read by generated code when <see cref="Case"/> is 6.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public TResult6 Result6 => _result6;

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5, TResult6>(TResult1 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5, TResult6>(TResult2 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5, TResult6>(TResult3 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5, TResult6>(TResult4 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5, TResult6>(TResult5 result) => new(result);

    public static implicit operator Results<TResult1, TResult2, TResult3, TResult4, TResult5, TResult6>(TResult6 result) => new(result);
}
