-- POST /baseline11 with a chunked body, as in HttpArena's baseline profile. The request is written out
-- by hand: wrk.format would add a Content-Length beside Transfer-Encoding, which servers must refuse.
init = function(args)
  chunked = "POST " .. wrk.path .. " HTTP/1.1\r\n"
    .. "Host: " .. wrk.host .. ":" .. wrk.port .. "\r\n"
    .. "Content-Type: text/plain\r\n"
    .. "Transfer-Encoding: chunked\r\n\r\n"
    .. "2\r\n20\r\n0\r\n\r\n"
end

request = function()
  return chunked
end
