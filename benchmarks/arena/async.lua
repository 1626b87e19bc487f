-- HttpArena's async load, GET /delay/{ms}, with a measurement window: the arguments are the window's start and end
-- (seconds since the epoch) and a file. The first response at or after each end of the window records the time and
-- the number of responses so far, and the file gets "start-time start-count end-time end-count", so the rate is taken
-- once every connection is open rather than over the connect storm of tens of thousands of connections. run.sh reads
-- the server's CPU time and memory at the same two moments.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } minihttp_timespec;
  int clock_gettime(int clock, minihttp_timespec *time);
]]
local clock = ffi.new("minihttp_timespec")
local function now()
  ffi.C.clock_gettime(0, clock) -- CLOCK_REALTIME, the clock run.sh's date reads
  return tonumber(clock.tv_sec) + tonumber(clock.tv_nsec) * 1e-9
end

local window_start, window_end, output
local responses = 0
local start_time, start_count
local written = false

function init(args)
  window_start, window_end, output = tonumber(args[1]), tonumber(args[2]), args[3]
end

function response(status, headers, body)
  responses = responses + 1
  if written then
    return
  end
  local time = now()
  if start_time == nil then
    if time >= window_start then
      start_time, start_count = time, responses
    end
  elseif time >= window_end then
    local file = io.open(output, "w")
    file:write(string.format("%.6f %d %.6f %d\n", start_time, start_count, time, responses))
    file:close()
    written = true
  end
end
