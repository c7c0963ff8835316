#!/usr/bin/env python3
"""Writes a schematic test road network (GeoJSON) for the labelled notices of corpus/dev-traffic.jsonl.

Not a map: each notice's streets are laid out on a grid of their own (a main road, the streets that cross it as
straight lines, landmarks as points on the road), spelled the way an OpenStreetMap extract spells them (东二环路,
北中环街, 柏杨树街), not the way the notice does. It measures whether the locator gets from a notice's wording to a
map's names and shapes; it says nothing about coordinates. Usage: schematic-network.py > OUT.geojson
"""
import json

# road as the map names it, its direction ("ns" or "ew"), the streets crossing it and the landmarks on it, in order.
STREETS = [
    ("青年路", "ew", ["望江东路", "宁国路", "马鞍山路"], []),
    ("西中环路", "ns", ["长风街"], ["太原科技大学"]),
    ("晋白线", "ns", [], ["姚村高速桥", "南峪沙河桥"]),
    ("榆古路", "ns", ["森泰大街"], ["双湖城A区"]),
    ("滨河东路", "ns", ["迎泽大街"], []),
    ("新城南大街", "ew", ["大同路", "恒山路"], []),
    ("自强东路", "ew", ["向荣巷", "建强路"], []),
    ("龙城大街", "ew", ["东中环路"], []),
    ("民航街", "ew", ["北营南路", "和熙路"], []),
    ("东风路", "ew", [], ["中国移动河北公司"]),
    ("解放北路", "ns", ["北中环街", "柏杨树街"], []),
    ("花园后街", "ew", ["涧河路"], ["坪西小学"]),
    ("红旗大街", "ew", ["学院路", "宫北路"], []),
    ("胜利东街", "ew", ["建设北路"], ["牛驼寨烈士陵园"]),
    ("望江路", "ew", ["怀宁路", "马鞍山路"], []),
    ("临泉路", "ew", ["东二环路", "二十埠河"], []),
    ("丈八北路", "ns", ["文兴巷", "科技西路"], []),
    ("沙口路", "ns", ["兴隆铺路"], []),
    ("京广高架", "ns", ["兴隆铺路"], []),
    ("西街", "ew", ["西苑路"], ["钟楼"]),
]
STEP = 0.01  # about a kilometre between crossings


def feature(name, geometry):
    return {"type": "Feature", "properties": {"name": name}, "geometry": geometry}


features = []
for k, (road, way, crossing, places) in enumerate(STREETS):
    x0, y0 = 100.0 + (k % 5) * 1.0, 30.0 + (k // 5) * 1.0  # every notice on a grid far from the others
    stops = crossing + places
    n = len(stops) + 1
    along = [(i + 1) * STEP for i in range(len(stops))]

    def at(t, off=0.0):
        return [round(x0 + t, 6), round(y0 + off, 6)] if way == "ew" else [round(x0 + off, 6), round(y0 + t, 6)]

    features.append(feature(road, {"type": "LineString", "coordinates": [at(0), at(n * STEP)]}))
    for t, name in zip(along, stops):
        if name in crossing:
            features.append(feature(name, {"type": "LineString", "coordinates": [at(t, -STEP), at(t, STEP)]}))
        else:
            features.append(feature(name, {"type": "Point", "coordinates": at(t, 0.0003)}))

print(json.dumps({"type": "FeatureCollection", "newsalert:sample": "SCHEMATIC TEST NETWORK, not a map: see "
                  "scripts/geo/schematic-network.py", "features": features}, ensure_ascii=False, indent=0))
