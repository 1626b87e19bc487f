-- Sends `depth` requests for one path in every write, as HttpArena's pipelined profile does.
-- wrk still counts responses one by one, so Requests/sec stays comparable with the other profiles.
local depth = 16

init = function(args)
  local path = args[1] or "/pipeline"
  local requests = {}
  for i = 1, depth do
    requests[i] = wrk.format(nil, path)
  end
  batch = table.concat(requests)
end

request = function()
  return batch
end
