-- A fixed request rate, as HttpArena's latency-1m/latency-10k and 8gbit profiles offer one: every connection waits a
-- random time before each request, exponentially distributed with the mean given as the first argument (in ms:
-- connections / rate), so the connections' requests arrive as a Poisson stream at the rate rather than in lock step.
-- A second argument makes the requests POSTs with a body of that many random bytes (the 8gbit /echo).
local mean_ms

function init(args)
  mean_ms = tonumber(args[1])
  local size = tonumber(args[2])
  if size then
    local bytes = {}
    for i = 1, size do
      bytes[i] = string.char(math.random(0, 255))
    end
    wrk.method = "POST"
    wrk.body = table.concat(bytes)
    wrk.headers["Content-Type"] = "application/octet-stream"
  end
end

-- wrk waits whole milliseconds: rounding keeps the mean.
function delay()
  return math.floor(-mean_ms * math.log(1 - math.random()) + 0.5)
end
