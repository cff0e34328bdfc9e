-- wrk script of the ticketing benchmark (bench/ticketing.sh). Every request picks a random event and a random
-- passholder with a kansenstatuut in the event's card system (so the social tariff applies), from the files
-- written by bench/ticketing_data.py. Environment:
--   TICKETING_MODE  tariffs (GET /tariffs), sales (POST /ticket-sales, one item at SOCIALTARIFF) or checkins
--                   (POST /checkins at a random PERMANENT event, which is open at any time)
--   TICKETING_DATA  the directory with events.txt and holders.txt
--   TICKETING_TOKEN the bearer token
-- At the end it prints one line "RESULT mode connections req/s p50_ms p99_ms requests non2xx socket_errors",
-- the count per status, and a sample of the first answer that was not 2xx.

local mode = os.getenv("TICKETING_MODE") or "tariffs"
local dir = os.getenv("TICKETING_DATA") or "."
local token = os.getenv("TICKETING_TOKEN") or ""

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local events, holders = {}, {}

local function read(name, each)
  local file = assert(io.open(dir .. "/" .. name, "r"))
  for line in file:lines() do
    if line ~= "" then each(line) end
  end
  file:close()
end

function init(args)
  statuses = {}
  sample = ""
  read("events.txt", function(line)
    local cs, id, price, kind = line:match("^(%S+) (%S+) (%S+) ?(%S*)$")
    if mode ~= "checkins" or kind == "PERMANENT" then
      table.insert(events, { cs = cs, id = id, price = price })
    end
  end)
  read("holders.txt", function(line)
    local cs, number = line:match("^(%S+) (%S+)$")
    holders[cs] = holders[cs] or {}
    table.insert(holders[cs], number)
  end)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  wrk.headers["Authorization"] = "Bearer " .. token
  if mode == "sales" or mode == "checkins" then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
  end
end

function request()
  local event = events[math.random(#events)]
  local candidates = holders[event.cs]
  local number = candidates[math.random(#candidates)]
  if mode == "checkins" then
    local body = '{"eventId":"' .. event.id .. '","uitpasNumber":"' .. number .. '"}'
    return wrk.format("POST", "/checkins", nil, body)
  end
  if mode == "sales" then
    local body = '[{"eventId":"' .. event.id .. '","uitpasNumber":"' .. number ..
        '","tariff":{"id":"SOCIALTARIFF"},"regularPrice":' .. event.price .. '}]'
    return wrk.format("POST", "/ticket-sales", nil, body)
  end
  return wrk.format("GET", "/tariffs?eventId=" .. event.id .. "&uitpasNumber=" .. number ..
      "&regularPrice=" .. event.price)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if (status < 200 or status > 299) and sample == "" then
    sample = status .. " " .. (body or "")
  end
end

function done(summary, latency, requests)
  local counts, non2xx, sampled = {}, 0, ""
  for _, thread in ipairs(threads) do
    local s = thread:get("statuses") or {}
    for status, n in pairs(s) do
      counts[status] = (counts[status] or 0) + n
      if status < 200 or status > 299 then non2xx = non2xx + n end
    end
    local one = thread:get("sample")
    if sampled == "" and one and one ~= "" then sampled = one end
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local connections = os.getenv("TICKETING_CONNECTIONS") or "?"
  io.write(string.format("RESULT %s %s %.0f %.2f %.2f %d %d %d\n", mode, connections,
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, non2xx, socket))
  local parts = {}
  for status, n in pairs(counts) do table.insert(parts, status .. "=" .. n) end
  table.sort(parts)
  io.write("STATUSES " .. table.concat(parts, " ") .. "\n")
  if sampled ~= "" then
    io.write("SAMPLE " .. sampled:sub(1, 600) .. "\n")
  end
end
