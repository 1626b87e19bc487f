-- HttpArena's 8gbit load, unpaced: POST /echo with a body of the size given as the first argument, in bytes (random
-- bytes, the same for every request of a run).
function init(args)
  local size = tonumber(args[1])
  local bytes = {}
  for i = 1, size do
    bytes[i] = string.char(math.random(0, 255))
  end
  wrk.method = "POST"
  wrk.body = table.concat(bytes)
  wrk.headers["Content-Type"] = "application/octet-stream"
end
