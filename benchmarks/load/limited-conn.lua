-- HttpArena's limited-conn profile: each connection carries 10 requests, then a new one is opened.
-- wrk cannot close a connection itself, so every 10th request asks the server to close it
-- (Connection: close); wrk then reconnects, and the handshake and accept are part of what is measured.
local per_connection = 10
local sent = 0

init = function(args)
  local path = args[1] or "/baseline11?a=13&b=42"
  keep = wrk.format(nil, path)
  close = wrk.format(nil, path, { ["Connection"] = "close" })
end

request = function()
  sent = sent + 1
  if sent % per_connection == 0 then
    return close
  end
  return keep
end
