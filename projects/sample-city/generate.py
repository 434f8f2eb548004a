#!/usr/bin/env python3
"""Generate the RiskAtlas synthetic sample city (城市安全风险评估 示例数据).

Outputs (written next to this script, regardless of the current directory):
  districts.geojson  区县边界 – 12 district polygons, EPSG:4326
  units.csv          风险单元清单 – ~360 risk units (UTF-8 with BOM)
  expected.json      independently recomputed expected results for tests
  hazards.csv        隐患台账 – ~300 hidden dangers in two rounds (GBK, Chinese headers)
  hazards-expected.json  the register's closed-loop figures as of HAZARDS_AS_OF

Python 3 standard library only; deterministic (fixed seed).
"""
import csv
import datetime
import io
import json
import math
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261129

# ---------------------------------------------------------------- constants
WEST, EAST, SOUTH, NORTH = 119.90, 120.40, 30.05, 30.45   # 0.5° x 0.4°
NCOL, NROW = 4, 3
MARGIN_M = 320.0           # min distance of a unit from its district boundary
UNITS_PER_SECTOR = 9
MIN_UNITS_PER_DISTRICT = 15

DISTRICTS = [  # row-major, north-west first
    ("330101", "临江区", "Linjiang"),
    ("330102", "望湖区", "Wanghu"),
    ("330103", "青山区", "Qingshan"),
    ("330104", "钱塘新区", "Qiantang Xinqu"),
    ("330105", "云栖区", "Yunqi"),
    ("330106", "白塔区", "Baita"),
    ("330107", "翠屏区", "Cuiping"),
    ("330108", "龙井区", "Longjing"),
    ("330109", "半山区", "Banshan"),
    ("330110", "闻堰区", "Wenyan"),
    ("330111", "仓前区", "Cangqian"),
    ("330112", "湘湖区", "Xianghu"),
]

SECTORS = [
    ("I01", "危险化学品生产"), ("I02", "危险化学品经营储存"), ("I03", "化工园区"),
    ("I04", "烟花爆竹"), ("I05", "民用爆炸物品"), ("I06", "非煤矿山与尾矿库"),
    ("I07", "金属冶炼"), ("I08", "粉尘涉爆"), ("I09", "涉氨制冷"),
    ("I10", "加工制造类小微企业"), ("I11", "建设工程施工（含轨道交通）"), ("I12", "加油加气站"),
    ("C01", "商业综合体与商场市场"), ("C02", "宾馆饭店"), ("C03", "文化娱乐场所"),
    ("C04", "体育场馆"), ("C05", "交通枢纽"), ("C06", "学校与幼儿园"), ("C07", "医院"),
    ("C08", "养老与福利机构"), ("C09", "旅游景区"),
    ("F01", "城镇燃气"), ("F02", "供水"), ("F03", "排水与城市内涝"), ("F04", "电力"),
    ("F05", "城市桥梁与隧道"), ("F06", "地下综合管廊与管线"), ("F07", "城市轨道交通运营"),
    ("F08", "道路交通"), ("F09", "危险货物道路运输"), ("F10", "水上交通与渔业船舶"),
    ("F11", "特种设备"), ("F12", "高层建筑消防"), ("F13", "垃圾填埋与渣土消纳场"),
    ("N01", "地震"), ("N02", "洪涝与水库堤防"), ("N03", "地质灾害"),
    ("N04", "台风与气象灾害"), ("N05", "森林火灾"), ("N06", "山洪"),
]

HEADER = ["编号", "单位名称", "行业领域", "经度", "纬度", "可能性", "严重性",
          "管控水平", "地址", "联系人", "从业人数"]

LEVELS = ["low", "general", "significant", "major"]      # index 0..3
LEVEL_ZH = {"low": "低", "general": "一般", "significant": "较大", "major": "重大"}

# (L, S) pairs by raw band index
BAND_PAIRS = {
    3: [(4, 5), (5, 4), (5, 5)],
    2: [(3, 3), (3, 4), (4, 3), (3, 5), (5, 3), (4, 4)],
    1: [(1, 4), (4, 1), (1, 5), (5, 1), (2, 2), (2, 3), (3, 2), (2, 4), (4, 2)],
    0: [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1)],
}
# weights for bands [low, general, significant, major]; overall ≈ 34/40/20/6 %
BAND_WEIGHTS = {
    "I": [24, 38, 28, 10],
    "other": [38.3, 40.8, 16.6, 4.3],
}

# District level caps used to make district results differ (index into LEVELS)
DISTRICT_CAP = {"330109": 1, "330110": 2, "330112": 2}

BRANDS = ["宏达", "恒顺", "鑫源", "华兴", "永利", "金桥", "东方", "瑞丰", "新洲", "天成",
          "嘉禾", "泰和", "盛元", "振华", "长兴", "海联", "明德", "锦程", "富春", "万安",
          "通达", "昌盛", "汇丰", "远航", "中兴", "广源", "德信", "正泰", "安平", "凯旋",
          "星河", "润泽", "博远", "永安", "兴业", "华润", "金鼎", "宝丰", "信诚", "之江"]
PLACES = ["文三", "古荡", "西溪", "三墩", "九堡", "丁桥", "五常", "闲林", "转塘", "留下",
          "蒋村", "翠苑", "彭埠", "笕桥", "祥符", "勾庄", "良渚", "塘栖", "义桥", "新塘",
          "浦沿", "长河", "西兴", "北干", "城厢", "南阳", "瓜沥", "河庄", "白杨", "下沙"]
SCENIC = ["九溪", "云栖竹径", "龙门古镇", "白塔公园", "湘湖", "翠屏山", "半山", "江洋畈",
          "青山湖", "闻堰老街", "仓前古镇", "望湖楼", "钱江观潮", "梅家坞", "五云山"]
MOUNTAINS = ["北高峰", "龙门山", "五云山", "翠屏山", "白龙潭", "狮子峰", "青龙岗", "黄鹤山",
             "天竺山", "大慈岩", "杨梅岭", "石人岭"]
ROADS = ["文三路", "江南大道", "滨江路", "望湖路", "青山街", "钱塘大道", "云栖路", "白塔路",
         "翠屏路", "龙井路", "半山路", "闻堰大道", "仓前街", "湘湖路", "之江路", "学院路",
         "建设一路", "新华路", "人民路", "解放东路", "环城北路", "振兴路", "工业大道",
         "创业路", "科技大道", "园区一路", "临江路", "东湖路", "西园路", "南山路"]
SURNAMES = list("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾沈叶")
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国红志文斌海波宁慧玲燕浩")
CN_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
          "十一", "十二", "十三", "十四", "十五"]

NAME_TEMPLATES = {
    "I01": ["{b}化工有限公司", "{b}新材料科技有限公司", "{b}精细化工有限公司"],
    "I02": ["{b}危险化学品储运有限公司", "{b}化工贸易有限公司", "{b}石化仓储有限公司"],
    "I03": ["{b}化工园区", "{b}精细化工园区", "{b}新材料产业园"],
    "I04": ["{b}烟花爆竹批发有限公司", "烟花爆竹零售点{n}号", "{b}烟花爆竹仓库"],
    "I05": ["{b}民用爆破器材有限公司", "{b}爆破工程有限公司", "民爆物品储存库{n}号"],
    "I06": ["{b}建筑石料矿", "{b}尾矿库", "{b}矿业有限公司"],
    "I07": ["{b}金属冶炼有限公司", "{b}铝业有限公司", "{b}铸造有限公司"],
    "I08": ["{b}木业有限公司", "{b}粉末涂料有限公司", "{b}抛光制品厂"],
    "I09": ["{b}冷链物流有限公司", "{b}水产冷冻厂", "{b}食品冷库"],
    "I10": ["{b}机械加工厂", "{b}五金制品厂", "{b}电子元件厂", "{b}塑料制品厂"],
    "I11": ["地铁{n}号线{p}站施工项目", "{b}大厦建设工程", "{b}安置房施工工地"],
    "I12": ["{b}加油站", "{b}加气站", "{b}加油加气站"],
    "C01": ["{b}广场", "{b}购物中心", "{b}农贸市场", "{b}商业综合体"],
    "C02": ["{b}大酒店", "{b}宾馆", "{b}假日酒店"],
    "C03": ["{b}影城", "{b}KTV", "{b}剧院", "{b}网吧"],
    "C04": ["体育中心", "全民健身中心", "{b}体育馆", "{b}游泳馆"],
    "C05": ["长途汽车客运站", "火车站", "{p}地铁换乘枢纽", "公交总站{n}号"],
    "C06": ["第{cn}中学", "第{cn}小学", "{b}幼儿园", "实验学校"],
    "C07": ["人民医院", "中医院", "妇幼保健院", "第{cn}人民医院", "{b}医院"],
    "C08": ["{b}养老院", "社会福利院", "{b}颐养中心", "{p}街道敬老院"],
    "C09": ["{s}景区", "{s}风景区", "{s}公园"],
    "F01": ["燃气调压站{n}号", "{b}液化石油气储配站", "天然气门站{n}号"],
    "F02": ["第{cn}水厂", "供水加压泵站{n}号", "{b}水库取水口"],
    "F03": ["排涝泵站{n}号", "易涝点{n}号", "{p}路下穿通道"],
    "F04": ["{b}110kV变电站", "{b}220kV变电站", "高压线路走廊{n}号"],
    "F05": ["{b}大桥", "{b}隧道", "{p}路高架桥"],
    "F06": ["地下综合管廊{n}号段", "燃气主管线{n}号段", "{p}路管线密集段"],
    "F07": ["地铁{n}号线{p}站", "地铁{n}号线车辆段", "地铁{n}号线{p}站区间"],
    "F08": ["{p}路口", "事故多发路段{n}号", "{p}路长下坡路段"],
    "F09": ["{b}危险货物运输有限公司", "{b}物流有限公司危货车队", "危险货物停车场{n}号"],
    "F10": ["{b}码头", "渔港{n}号", "{b}渡口"],
    "F11": ["{b}锅炉房", "{b}游乐园大型游乐设施", "{b}物流园起重机械"],
    "F12": ["{b}大厦", "{b}国际中心", "{b}公寓"],
    "F13": ["生活垃圾填埋场", "渣土消纳场{n}号", "{b}建筑垃圾消纳场"],
    "N01": ["老旧房屋抗震隐患区{n}号", "活动断裂带监测点{n}号", "地震重点监视防御区{n}号"],
    "N02": ["{b}水库", "江堤险段{n}号", "{p}河堤防"],
    "N03": ["地质灾害隐患点{n}号", "滑坡隐患点{n}号", "崩塌隐患点{n}号"],
    "N04": ["台风防御重点区{n}号", "沿江防风重点区{n}号", "户外广告牌集中区{n}号"],
    "N05": ["{m}林区", "森林火险区{n}号", "{m}森林防火重点区"],
    "N06": ["山洪灾害危险区{n}号", "{m}山洪沟", "山洪灾害防治村{n}号"],
}

EMPLOYEES = {  # (min, max) by sector code or category letter
    "I10": (5, 49), "I12": (6, 25), "I11": (50, 1200), "I03": (800, 6000),
    "C01": (100, 2000), "C02": (20, 300), "C03": (8, 120), "C04": (20, 200),
    "C05": (50, 600), "C06": (40, 300), "C07": (200, 3000), "C08": (10, 150),
    "C09": (20, 400), "I": (10, 800), "F": (3, 300), "N": (0, 12),
}

# Companies that may carry a unified social credit code as 编号
CREDIT_CODE_SECTORS = ["I01", "I02", "I07", "I08", "I09", "C02", "F09"]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


# ---------------------------------------------------------------- helpers
def raw_level(r):
    if r >= 20:
        return 3
    if r >= 9:
        return 2
    if r >= 4:
        return 1
    return 0


def corrected_level(idx, control):
    if control == "好":
        return max(0, idx - 1)
    if control == "差":
        return min(3, idx + 1)
    return idx  # "中" or empty: no correction


def uscc(rng, region):
    """18-char unified social credit code (GB 32100-2015) with a valid check char."""
    org = "MA" + "".join(rng.choice(USCC_CHARS) for _ in range(7))
    body = "91" + region + org
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    check = (31 - total % 31) % 31
    return body + USCC_CHARS[check]


def to_m(lon, lat, lat0):
    return lon * 111320.0 * math.cos(math.radians(lat0)), lat * 110574.0


def point_in_ring(x, y, ring):
    """Even-odd ray casting."""
    inside = False
    n = len(ring) - 1
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[i + 1]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < xi:
                inside = not inside
    return inside


def dist_to_ring_m(x, y, ring):
    lat0 = y
    px, py = to_m(x, y, lat0)
    best = float("inf")
    for i in range(len(ring) - 1):
        ax, ay = to_m(ring[i][0], ring[i][1], lat0)
        bx, by = to_m(ring[i + 1][0], ring[i + 1][1], lat0)
        dx, dy = bx - ax, by - ay
        t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)
        t = max(0.0, min(1.0, t))
        best = min(best, math.hypot(px - (ax + t * dx), py - (ay + t * dy)))
    return best


def signed_area(ring):
    return 0.5 * sum(ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1]
                     for i in range(len(ring) - 1))


# ---------------------------------------------------------------- geometry
def build_districts(rng):
    dx, dy = (EAST - WEST) / NCOL, (NORTH - SOUTH) / NROW
    verts = []
    for j in range(NROW + 1):
        row = []
        for i in range(NCOL + 1):
            lon, lat = WEST + i * dx, SOUTH + j * dy
            interior_i, interior_j = 0 < i < NCOL, 0 < j < NROW
            if interior_i and interior_j:
                lon += rng.uniform(-0.025, 0.025)
                lat += rng.uniform(-0.025, 0.025)
            elif interior_i:   # south / north edge: slide along, small wobble
                lon += rng.uniform(-0.02, 0.02)
                lat += rng.uniform(-0.006, 0.006)
            elif interior_j:   # west / east edge
                lat += rng.uniform(-0.02, 0.02)
                lon += rng.uniform(-0.006, 0.006)
            row.append((round(lon, 6), round(lat, 6)))
        verts.append(row)
    districts = []
    k = 0
    for r in range(NROW):
        j = NROW - 1 - r                      # north row first
        for c in range(NCOL):
            ring = [verts[j][c], verts[j][c + 1], verts[j + 1][c + 1],
                    verts[j + 1][c], verts[j][c]]   # SW, SE, NE, NW: CCW
            code, name, en = DISTRICTS[k]
            districts.append({"code": code, "name": name, "en": en, "ring": ring})
            k += 1
    east_max = max(verts[j][NCOL][0] for j in range(NROW + 1))
    return districts, east_max


def write_geojson(path, districts):
    lines = []
    for d in districts:
        feat = {
            "type": "Feature",
            "properties": {"区划代码": d["code"], "区县名称": d["name"], "name_en": d["en"]},
            "geometry": {"type": "Polygon",
                         "coordinates": [[[x, y] for x, y in d["ring"]]]},
        }
        lines.append(json.dumps(feat, ensure_ascii=False, separators=(",", ":")))
    text = '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- units
def build_units(rng, districts, east_max):
    units = []
    for s_idx, (code, zh) in enumerate(SECTORS):
        cat = code[0]
        weights = BAND_WEIGHTS["I" if cat == "I" else "other"]
        for n in range(UNITS_PER_SECTOR):
            band = rng.choices([0, 1, 2, 3], weights=weights)[0]
            l, s = rng.choice(BAND_PAIRS[band])
            units.append({"idx": len(units), "sector": code, "sector_zh": zh,
                          "L": l, "S": s, "protected": False})
    n_units = len(units)

    # forced band-boundary products (control "中" so the raw level is kept)
    forced = {"I01": (4, 5), "C01": (3, 3), "F01": (2, 2), "N01": (1, 3)}
    for u in units:
        if u["sector"] in forced and not any(v["protected"] and v["sector"] == u["sector"]
                                             for v in units):
            u["L"], u["S"] = forced[u["sector"]]
            u["protected"] = True

    raw_counts = [0, 0, 0, 0]
    for u in units:
        raw_counts[raw_level(u["L"] * u["S"])] += 1

    # control levels with exact shares: 5 % empty, rest 30/50/20
    n_empty = round(n_units * 0.05)
    n_good = round((n_units - n_empty) * 0.30)
    n_poor = round((n_units - n_empty) * 0.20)
    n_fair = n_units - n_empty - n_good - n_poor
    controls = [""] * n_empty + ["好"] * n_good + ["中"] * n_fair + ["差"] * n_poor
    rng.shuffle(controls)
    for u, c in zip(units, controls):
        u["control"] = c
    for u in units:
        if u["protected"] and u["control"] != "中":
            donor = next(v for v in units if not v["protected"] and v["control"] == "中")
            donor["control"], u["control"] = u["control"], "中"

    # exactly 4 missing severities
    free = [u for u in units if not u["protected"]]
    for u in rng.sample(free, 4):
        u["S"] = None
        u["protected"] = True

    # exactly 2 units outside the city (scored)
    free = [u for u in units if not u["protected"]]
    outside = rng.sample(free, 2)
    for u in outside:
        u["outside"] = True
        u["protected"] = True
    for u in units:
        u.setdefault("outside", False)

    # final (corrected) level
    for u in units:
        if u["S"] is None:
            u["final"] = None
        else:
            u["final"] = corrected_level(raw_level(u["L"] * u["S"]), u["control"])

    # ---- district assignment honouring the caps
    caps = {d["code"]: DISTRICT_CAP.get(d["code"], 3) for d in districts}
    codes = [d["code"] for d in districts]

    def allowed(u):
        if u["final"] is None:
            return codes
        return [c for c in codes if u["final"] <= caps[c]]

    inside = [u for u in units if not u["outside"]]
    for u in inside:
        u["district"] = None
    for u in units:
        if u["outside"]:
            u["district"] = None
    counts = {c: 0 for c in codes}
    # seed capped districts with one unit exactly at their cap
    for c in codes:
        if c in DISTRICT_CAP:
            pool = [u for u in inside if u["district"] is None and u["final"] == caps[c]]
            u = rng.choice(pool)
            u["district"] = c
            counts[c] += 1
    # fill every district to the minimum (capped ones first)
    order = [c for c in codes if c in DISTRICT_CAP] + [c for c in codes if c not in DISTRICT_CAP]
    for c in order:
        while counts[c] < MIN_UNITS_PER_DISTRICT:
            pool = [u for u in inside if u["district"] is None and c in allowed(u)]
            u = rng.choice(pool)
            u["district"] = c
            counts[c] += 1
    for u in inside:
        if u["district"] is None:
            c = rng.choice(allowed(u))
            u["district"] = c
            counts[c] += 1

    # ---- locations
    by_code = {d["code"]: d for d in districts}
    for u in units:
        if u["outside"]:
            lon = round(east_max + rng.uniform(0.012, 0.04), 6)
            lat = round(rng.uniform(SOUTH + 0.06, NORTH - 0.06), 6)
        else:
            ring = by_code[u["district"]]["ring"]
            xs = [p[0] for p in ring]
            ys = [p[1] for p in ring]
            while True:
                lon = round(rng.uniform(min(xs), max(xs)), 6)
                lat = round(rng.uniform(min(ys), max(ys)), 6)
                if point_in_ring(lon, lat, ring) and dist_to_ring_m(lon, lat, ring) >= MARGIN_M:
                    break
        u["lon"], u["lat"] = lon, lat

    # ---- ids, names, sector column, addresses, contacts, staff
    for u in units:
        u["id"] = "RU%04d" % (u["idx"] + 1)
    cand = [u for u in units if u["sector"] in CREDIT_CODE_SECTORS and not u["outside"]]
    for u in rng.sample(cand, 3):
        u["id"] = uscc(rng, u["district"][:4] + "00")
    for u in rng.sample(units, round(n_units * 0.15)):
        u["use_zh"] = True

    used_names = set()
    for u in units:
        if u["outside"]:
            # beyond the east edge: nominally listed under the north-east district
            dname = by_code[codes[NCOL - 1]]["name"]
        else:
            dname = by_code[u["district"]]["name"]
        u["dname"] = dname
        for attempt in range(200):
            tpl = rng.choice(NAME_TEMPLATES[u["sector"]])
            name = dname + tpl.format(
                b=rng.choice(BRANDS), p=rng.choice(PLACES), s=rng.choice(SCENIC),
                m=rng.choice(MOUNTAINS), n=rng.randint(1, 30),
                cn=rng.choice(CN_NUM))
            if name not in used_names:
                break
        else:
            raise RuntimeError("could not make a unique name")
        used_names.add(name)
        u["name"] = name
        u["address"] = "%s%s%d号" % (dname, rng.choice(ROADS), rng.randint(1, 999))
        u["contact"] = rng.choice(SURNAMES) + "".join(
            rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
        lo, hi = EMPLOYEES.get(u["sector"]) or EMPLOYEES[u["sector"][0]]
        u["staff"] = rng.randint(lo, hi)
    return units, raw_counts


def write_csv(path, units):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    for u in units:
        w.writerow([
            u["id"], u["name"],
            u["sector_zh"] if u.get("use_zh") else u["sector"],
            "%.6f" % u["lon"], "%.6f" % u["lat"],
            str(u["L"]), "" if u["S"] is None else str(u["S"]),
            u["control"], u["address"], u["contact"], str(u["staff"]),
        ])
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------- independent check
def winding_contains(x, y, ring):
    """Winding-number point-in-polygon (different algorithm from point_in_ring)."""
    wn = 0
    for i in range(len(ring) - 1):
        x1, y1 = ring[i]
        x2, y2 = ring[i + 1]
        cross = (x2 - x1) * (y - y1) - (x - x1) * (y2 - y1)
        if y1 <= y < y2 and cross > 0:
            wn += 1
        elif y2 <= y < y1 and cross < 0:
            wn -= 1
    return wn != 0


def recompute(geojson_path, csv_path):
    """Re-read the written files and compute expected results from scratch."""
    with open(geojson_path, encoding="utf-8") as f:
        fc = json.load(f)
    regions = [(ft["properties"]["区划代码"], ft["geometry"]["coordinates"][0])
               for ft in fc["features"]]
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    sector_codes = {c for c, _ in SECTORS}
    sector_names = {n: c for c, n in SECTORS}
    levels = {k: 0 for k in reversed(LEVELS)}   # major, significant, general, low
    district_best = {code: None for code, _ in regions}
    district_category_best = {code: {} for code, _ in regions}
    category_of = {}
    with open(os.path.join(HERE, "..", "..", "resources", "taxonomy",
                           "default-taxonomy.json"), encoding="utf-8") as f:
        for cat in json.load(f)["categories"]:
            for sector in cat["sectors"]:
                category_of[sector["code"]] = cat["code"]
                category_of[sector["name_zh"]] = cat["code"]
    district_n = {code: 0 for code, _ in regions}
    unscored = outside = 0
    for row in rows:
        sec = row["行业领域"]
        assert sec in sector_codes or sec in sector_names, sec
        lon, lat = float(row["经度"]), float(row["纬度"])
        hits = [code for code, ring in regions if winding_contains(lon, lat, ring)]
        assert len(hits) <= 1
        if hits:
            district_n[hits[0]] += 1
        else:
            outside += 1
        if row["可能性"] == "" or row["严重性"] == "":
            unscored += 1
            if hits:  # the category is present in the region, without a level
                district_category_best[hits[0]].setdefault(category_of[sec], None)
            continue
        r = int(row["可能性"]) * int(row["严重性"])
        band = "major" if r >= 20 else "significant" if r >= 9 else "general" if r >= 4 else "low"
        i = LEVELS.index(band)
        ctl = row["管控水平"]
        if ctl == "好":
            i = max(i - 1, 0)
        elif ctl == "差":
            i = min(i + 1, 3)
        else:
            assert ctl in ("中", ""), ctl
        levels[LEVELS[i]] += 1
        if hits:
            c = hits[0]
            if district_best[c] is None or i > district_best[c]:
                district_best[c] = i
            best = district_category_best[c]
            best[category_of[sec]] = max(i, best.get(category_of[sec]) or 0)
    expected = {
        "units": len(rows),
        "unscored": unscored,
        "outside_regions": outside,
        "district_levels": {c: (LEVELS[v] if v is not None else None)
                            for c, v in district_best.items()},
        "district_category_levels": {c: {k: LEVELS[v] if v is not None else "none"
                                         for k, v in sorted(best.items())}
                                     for c, best in district_category_best.items()},
        "levels": levels,
    }
    return expected, district_n


# ---------------------------------------------------------------- hidden dangers (事故隐患)
# A register of two rounds of the 60-day closed loop, as a bureau keeps it: GBK, Chinese headers.
# Its own random stream, so the other outputs stay as they were.
HAZARDS_SEED = SEED + 16
HAZARDS_AS_OF = datetime.date(2026, 6, 30)
HAZARD_HEADER = ["隐患编号", "单位编号", "单位名称", "所属行业", "所属区县", "隐患描述", "隐患等级",
                 "隐患来源", "督办轮次", "发现日期", "整改期限", "责任单位", "责任人", "整改措施",
                 "整改资金（万元）", "整改状态", "整改完成日期", "复核人", "销号日期", "挂牌级别"]
HAZARD_TEXTS = {  # category → (description, measure)
    "I": [("可燃气体检测报警装置失效", "更换检测报警装置并定期标定"),
          ("储罐区防火堤破损", "修复防火堤并做渗漏检测"),
          ("动火作业未履行审批手续", "完善动火作业审批制度并培训"),
          ("安全阀超期未校验", "送检安全阀并建立校验台账"),
          ("重大危险源监控系统数据未接入", "接入监控系统并完善报警联动"),
          ("除尘系统未设置泄爆装置", "加装泄爆装置"),
          ("液氨管道未设置紧急切断阀", "加装紧急切断阀"),
          ("特种作业人员无证上岗", "组织取证培训，持证上岗")],
    "C": [("疏散通道堆放杂物", "清理杂物并落实日常巡查"),
          ("安全出口指示标志损坏", "更换疏散指示标志"),
          ("消防设施维保记录缺失", "委托维保单位并建立记录"),
          ("人员密集区域未制定应急预案", "编制应急预案并组织演练"),
          ("电气线路私拉乱接", "规范电气线路敷设")],
    "F": [("燃气管道占压", "拆除占压建筑并设置警示标志"),
          ("桥梁伸缩缝损坏", "更换伸缩缝装置"),
          ("特种设备超期未检验", "申请定期检验"),
          ("高层建筑消防水泵故障", "维修消防水泵并试运行"),
          ("排水泵站备用电源缺失", "增设备用电源")],
    "N": [("地质灾害隐患点监测设施损坏", "修复监测设施"),
          ("堤防护坡冲刷", "加固护坡"),
          ("防汛物资储备不足", "补充防汛物资"),
          ("林区防火隔离带未清理", "清理防火隔离带")],
}
HAZARD_SOURCES = ["监督检查", "企业自查", "群众举报", "专项整治", "暗访暗查"]
VERIFIERS = ["王建国", "李卫东", "陈晓峰", "赵志刚", "周文斌"]
STATUS_ZH = {"found": "发现", "assigned": "交办", "rectifying": "整改中",
             "rectified": "已整改", "closed": "已销号"}


def hazard_date_text(rng, d):
    # Most registers write ISO dates; some are typed in by hand.
    return d.isoformat() if rng.random() < 0.85 else "%d/%d/%d" % (d.year, d.month, d.day)


def build_hazards(units):
    rng = random.Random(HAZARDS_SEED)
    rounds = [(1, datetime.date(2026, 3, 2), 160), (2, datetime.date(2026, 5, 6), 140)]
    hazards = []
    for number, start, count in rounds:
        for _ in range(count):
            u = rng.choice(units)
            grade = "major" if rng.random() < 0.08 else "general"
            found = start + datetime.timedelta(days=rng.randint(0, 25))
            deadline = found + datetime.timedelta(days=60)
            explicit = grade == "major" or rng.random() < 0.1
            if grade == "major":
                deadline = found + datetime.timedelta(days=rng.choice([60, 90]))
            roll = rng.random()
            if number == 1:
                status = ("closed" if roll < 0.55 else "rectified" if roll < 0.83
                          else "rectifying" if roll < 0.95 else "assigned")
            else:
                status = ("closed" if roll < 0.1 else "rectified" if roll < 0.35
                          else "rectifying" if roll < 0.75 else "assigned" if roll < 0.95
                          else "found")
            rectified = closed = None
            verifier = ""
            if status in ("rectified", "closed"):
                rectified = found + datetime.timedelta(days=rng.randint(1, 70))
                rectified = min(rectified, HAZARDS_AS_OF - datetime.timedelta(days=5))
                rectified = max(rectified, found)
            if status == "closed":
                closed = min(rectified + datetime.timedelta(days=rng.randint(2, 15)),
                             HAZARDS_AS_OF)
                verifier = rng.choice(VERIFIERS)
            desc, measure = rng.choice(HAZARD_TEXTS[u["sector"][0]])
            listing = ""
            if grade == "major":
                listing = rng.choice(["市级", "区级", "区级", "省级"])
            hazards.append({
                "id": "YH%d-%03d" % (number, len(hazards) + 1), "unit": u, "grade": grade,
                "round": number, "found": found, "deadline": deadline, "explicit": explicit,
                "status": status, "rectified": rectified, "closed": closed,
                "verifier": verifier, "desc": desc, "measure": measure, "listing": listing,
                "source": rng.choice(HAZARD_SOURCES),
                "funds": round(rng.uniform(0.2, 8.0) * (10 if grade == "major" else 1), 1),
                "by_name": rng.random() < 0.1, "round_text": rng.choice(
                    ["%d" % number, "第%d轮" % number, "第%s轮" % "一二"[number - 1]]),
                "date_style": rng.random()})
    return hazards


def write_hazards(path, hazards):
    rng = random.Random(HAZARDS_SEED + 1)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(HAZARD_HEADER)
    for h in hazards:
        u = h["unit"]
        w.writerow([
            h["id"], "" if h["by_name"] else u["id"], u["name"], u["sector_zh"], u["dname"],
            h["desc"], "重大" if h["grade"] == "major" else "一般", h["source"], h["round_text"],
            hazard_date_text(rng, h["found"]),
            h["deadline"].isoformat() if h["explicit"] else "",
            u["name"], u["contact"], h["measure"], "%.1f" % h["funds"],
            STATUS_ZH[h["status"]],
            h["rectified"].isoformat() if h["rectified"] else "", h["verifier"],
            h["closed"].isoformat() if h["closed"] else "", h["listing"]])
    with open(path, "w", encoding="gbk", newline="") as f:
        f.write(buf.getvalue())


def hazard_statistics(hazards, as_of):
    """The figures of `riskatlas-cli hazards stats --json`, computed independently."""
    def counts(items):
        rect = [h for h in items if h["status"] in ("rectified", "closed")]
        return {"total": len(items), "open": len(items) - len(rect), "rectified": len(rect),
                "closed": sum(h["status"] == "closed" for h in items),
                "overdue": sum(h["status"] not in ("rectified", "closed")
                               and as_of > h["deadline"] for h in items)}
    out = counts(hazards)
    out["as_of"] = as_of.isoformat()
    out["rectification_rate"] = round(out["rectified"] / len(hazards), 4)
    out["by_grade"] = {g: counts([h for h in hazards if h["grade"] == g])
                       for g in ("general", "major")}
    out["by_round"] = [dict(counts([h for h in hazards if h["round"] == r]), round=str(r))
                       for r in sorted({h["round"] for h in hazards})]
    def district(h):
        return "" if h["unit"]["outside"] else h["unit"]["district"]
    codes = sorted({district(h) for h in hazards}, key=lambda c: (c == "", c))
    out["by_district"] = [dict(counts([h for h in hazards if district(h) == c]), code=c,
                               name="" if c == "" else next(
                                   h["unit"]["dname"] for h in hazards if district(h) == c))
                          for c in codes]
    sectors = sorted({h["unit"]["sector"] for h in hazards})
    out["by_sector"] = [dict(counts([h for h in hazards if h["unit"]["sector"] == c]), code=c,
                             name=next(h["unit"]["sector_zh"] for h in hazards
                                       if h["unit"]["sector"] == c))
                        for c in sectors]
    return out


# ---------------------------------------------------------------- main
def main():
    rng = random.Random(SEED)
    districts, east_max = build_districts(rng)
    units, raw_counts = build_units(rng, districts, east_max)

    gj = os.path.join(HERE, "districts.geojson")
    cv = os.path.join(HERE, "units.csv")
    ex = os.path.join(HERE, "expected.json")
    write_geojson(gj, districts)
    write_csv(cv, units)

    expected, district_n = recompute(gj, cv)

    # cross-check recomputation against generation-time intent
    assert expected["units"] == len(units)
    assert expected["unscored"] == 4
    assert expected["outside_regions"] == 2
    for d in districts:
        mine = [u["final"] for u in units
                if u["district"] == d["code"] and u["final"] is not None]
        assert LEVELS[max(mine)] == expected["district_levels"][d["code"]], d["code"]
        assert district_n[d["code"]] >= MIN_UNITS_PER_DISTRICT
    dl = list(expected["district_levels"].values())
    assert dl.count("significant") >= 2 and dl.count("general") >= 1
    prods = {u["L"] * u["S"] for u in units if u["S"] is not None}
    assert {20, 9, 4, 3} <= prods

    with open(ex, "w", encoding="utf-8", newline="\n") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)
        f.write("\n")

    hazards = build_hazards(units)
    hz = os.path.join(HERE, "hazards.csv")
    write_hazards(hz, hazards)
    hazard_stats = hazard_statistics(hazards, HAZARDS_AS_OF)
    with open(os.path.join(HERE, "hazards-expected.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(hazard_stats, f, ensure_ascii=False, indent=2, sort_keys=True)
        f.write("\n")
    print("hidden dangers: %d, open %d, overdue %d as of %s" % (
        hazard_stats["total"], hazard_stats["open"], hazard_stats["overdue"],
        HAZARDS_AS_OF.isoformat()))

    n = len(units)
    print("wrote %s, %s, %s" % (gj, cv, ex))
    print("units: %d  unscored: %d  outside: %d" % (
        n, expected["unscored"], expected["outside_regions"]))
    print("raw levels before correction: " + ", ".join(
        "%s %d (%.1f%%)" % (LEVELS[i], raw_counts[i], 100.0 * raw_counts[i] / n)
        for i in (3, 2, 1, 0)) + "  [incl. 4 unscored rows]")
    print("final levels (scored units): " + ", ".join(
        "%s %d" % (k, expected["levels"][k]) for k in reversed(LEVELS)))
    print("district levels:")
    names = {d["code"]: d["name"] for d in districts}
    for code, lvl in expected["district_levels"].items():
        print("  %s %s  units=%3d  %s (%s)" % (
            code, names[code], district_n[code], lvl, LEVEL_ZH[lvl]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
