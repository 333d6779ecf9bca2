namespace Enforcement.Api.Listings.Demo;

/// <summary>
/// A product line the corpus sells: genuine price range and, for lines that get faked, the fake price range.
/// Weights are relative shares of genuine and of counterfeit listings. Prices are VND.
/// </summary>
internal sealed record ProductLine(
    string Category, string? Brand, string[] Aliases, string[] Nouns, string[] EnglishNouns, string[] Models,
    long Min, long Max, long FakeMin, long FakeMax, int Weight, int FakeWeight)
{
    public bool Luxury => Min >= 20_000_000;
}

/// <summary>The product lines, by category (ngành hàng). Price ranges are plausible 2025 retail prices.</summary>
internal static class CorpusCatalog
{
    public const string Bags = "Túi xách", Shoes = "Giày dép", Watches = "Đồng hồ", Cosmetics = "Mỹ phẩm",
        Perfume = "Nước hoa", Phones = "Điện thoại", Audio = "Tai nghe & loa", Clothing = "Quần áo",
        Food = "Thực phẩm & OCOP", Milk = "Sữa", Supplements = "Thuốc & thực phẩm chức năng", Toys = "Đồ chơi";

    public static readonly string[] Categories = [Bags, Shoes, Watches, Cosmetics, Perfume, Phones, Audio, Clothing, Food, Milk, Supplements, Toys];

    private static readonly string[] Bag = ["Túi xách", "Túi", "Túi đeo vai"], BagEn = ["Bag", "Handbag", "Tote Bag"];
    private static readonly string[] Shoe = ["Giày", "Giày thể thao", "Giày sneaker"], ShoeEn = ["Sneakers", "Shoes"];
    private static readonly string[] Watch = ["Đồng hồ", "Đồng hồ nam", "Đồng hồ nữ"], WatchEn = ["Watch"];
    private static readonly string[] Scent = ["Nước hoa"], ScentEn = ["Perfume", "Eau de Parfum"];
    private static readonly string[] Phone = ["Điện thoại"], PhoneEn = ["Smartphone", "Phone"];
    private static readonly string[] None = [];

    public static readonly ProductLine[] Lines =
    [
        new(Bags, "Louis Vuitton", ["LV", "Louis Vuitton", "LV"], Bag, BagEn, ["Neverfull MM", "Neverfull PM", "Speedy 25", "Speedy 30", "OnTheGo GM", "Alma BB", "Pochette Métis", "Keepall 45"], 35_000_000, 60_000_000, 300_000, 2_500_000, 3, 22),
        new(Bags, "Gucci", ["Gucci"], Bag, BagEn, ["GG Marmont", "Dionysus", "Jackie 1961", "Ophidia", "Horsebit 1955"], 45_000_000, 90_000_000, 350_000, 2_000_000, 2, 8),
        new(Bags, "Chanel", ["Chanel"], Bag, BagEn, ["Classic Flap", "Boy Bag", "19 Bag", "WOC"], 120_000_000, 250_000_000, 500_000, 3_000_000, 1, 7),
        new(Bags, "Dior", ["Dior"], Bag, BagEn, ["Lady Dior", "Saddle", "Book Tote", "30 Montaigne"], 70_000_000, 130_000_000, 400_000, 2_500_000, 1, 5),
        new(Bags, "Hermès", ["Hermes", "Hermès"], Bag, BagEn, ["Birkin 30", "Kelly 28", "Picotin 18", "Evelyne"], 200_000_000, 900_000_000, 800_000, 4_000_000, 1, 4),
        new(Bags, null, None, ["Túi xách nữ", "Túi đeo chéo", "Balo", "Túi tote vải"], BagEn, ["da PU", "mini", "công sở", "thời trang Hàn Quốc", "canvas"], 89_000, 450_000, 0, 0, 10, 0),
        new(Shoes, "Nike", ["Nike", "NK"], Shoe, ShoeEn, ["Air Force 1", "Air Jordan 1 High", "Air Max 90", "Dunk Low Panda", "Pegasus 40"], 2_500_000, 4_500_000, 250_000, 600_000, 8, 12),
        new(Shoes, "Adidas", ["Adidas", "Das"], Shoe, ShoeEn, ["Ultraboost 22", "Stan Smith", "Superstar", "Samba OG", "Yeezy Boost 350"], 2_200_000, 5_000_000, 220_000, 550_000, 6, 7),
        new(Shoes, null, None, ["Dép quai ngang", "Giày lười nam", "Giày búp bê", "Dép tổ ong"], ShoeEn, ["da bò", "đế cao su", "êm chân", "size 36-43"], 59_000, 390_000, 0, 0, 8, 0),
        new(Watches, "Rolex", ["Rolex"], Watch, WatchEn, ["Submariner Date", "Datejust 41", "Daytona", "GMT-Master II", "Day-Date 40"], 250_000_000, 1_200_000_000, 1_000_000, 6_000_000, 1, 8),
        new(Watches, "Casio", ["Casio"], Watch, WatchEn, ["G-Shock GA-2100", "MTP-1374L", "Edifice EFR-526", "Baby-G BA-110", "F-91W"], 600_000, 4_500_000, 120_000, 350_000, 6, 3),
        new(Watches, null, None, ["Đồng hồ điện tử", "Đồng hồ nữ dây da", "Đồng hồ thông minh"], WatchEn, ["chống nước", "mặt tròn", "trẻ em"], 79_000, 500_000, 0, 0, 4, 0),
        new(Cosmetics, "La Roche-Posay", ["La Roche-Posay", "LRP", "La Roche Posay"], ["Kem chống nắng", "Sữa rửa mặt", "Kem dưỡng"], ["Sunscreen", "Cleanser"], ["Anthelios UVMune 400 50ml", "Effaclar Gel 200ml", "Cicaplast Baume B5 40ml", "Toleriane Double Repair"], 350_000, 650_000, 70_000, 160_000, 6, 4),
        new(Cosmetics, "Innisfree", ["Innisfree"], ["Sữa rửa mặt", "Mặt nạ", "Serum"], ["Serum", "Mask"], ["Green Tea Seed Serum 80ml", "Volcanic Pore Clay Mask", "Jeju Orchid Cream"], 250_000, 650_000, 50_000, 120_000, 5, 2),
        new(Cosmetics, null, None, ["Son kem lì", "Phấn phủ", "Tẩy trang"], ["Lipstick"], ["handmade", "thiên nhiên", "lâu trôi"], 45_000, 250_000, 0, 0, 3, 0),
        new(Perfume, "Chanel", ["Chanel"], Scent, ScentEn, ["No.5 EDP 100ml", "Coco Mademoiselle 100ml", "Bleu de Chanel 100ml", "Chance Eau Tendre"], 3_200_000, 5_500_000, 150_000, 450_000, 3, 5),
        new(Perfume, "Dior", ["Dior"], Scent, ScentEn, ["Sauvage EDT 100ml", "Miss Dior Blooming Bouquet", "J'adore EDP 100ml"], 2_800_000, 4_800_000, 150_000, 400_000, 3, 4),
        new(Perfume, "Gucci", ["Gucci"], Scent, ScentEn, ["Bloom EDP 100ml", "Guilty Pour Homme"], 2_500_000, 4_000_000, 150_000, 350_000, 2, 2),
        new(Phones, "Apple", ["Apple", ""], Phone, PhoneEn, ["iPhone 15 Pro Max 256GB", "iPhone 15 128GB", "iPhone 14 Pro 128GB", "iPhone 16 Pro 256GB"], 18_000_000, 38_000_000, 1_500_000, 4_000_000, 8, 3),
        new(Phones, "Samsung", ["Samsung", "SS"], Phone, PhoneEn, ["Galaxy S24 Ultra 256GB", "Galaxy Z Flip6", "Galaxy S24 FE"], 14_000_000, 33_000_000, 1_200_000, 3_000_000, 6, 2),
        new(Phones, "Samsung", ["Samsung"], Phone, PhoneEn, ["Galaxy A55 5G", "Galaxy A15", "Galaxy A06"], 3_000_000, 9_500_000, 0, 0, 5, 0),
        new(Phones, "Xiaomi", ["Xiaomi"], Phone, PhoneEn, ["Redmi Note 13 Pro", "Xiaomi 14T", "Redmi 13C", "Poco X6 Pro"], 3_000_000, 12_000_000, 0, 0, 6, 0),
        new(Audio, "Apple", ["Apple", ""], ["Tai nghe", "Tai nghe bluetooth"], ["Earbuds", "Headphones"], ["AirPods Pro 2", "AirPods 4", "AirPods Max"], 3_500_000, 12_500_000, 150_000, 450_000, 5, 8),
        new(Audio, "Sony", ["Sony"], ["Tai nghe", "Tai nghe chống ồn"], ["Headphones"], ["WH-1000XM5", "WF-1000XM5", "WH-CH720N"], 2_500_000, 8_500_000, 250_000, 600_000, 4, 2),
        new(Audio, "JBL", ["JBL"], ["Loa bluetooth", "Tai nghe"], ["Speaker"], ["Tune 520BT", "Flip 6", "Charge 5", "Go 3"], 900_000, 4_000_000, 150_000, 350_000, 4, 3),
        new(Clothing, null, None, ["Áo thun nam", "Quần jean nữ", "Váy hoa nhí", "Áo khoác gió", "Đồ bộ mặc nhà"], ["T-shirt", "Jeans"], ["cotton 100%", "form rộng", "big size", "dáng suông"], 59_000, 350_000, 0, 0, 14, 0),
        new(Clothing, "Gucci", ["Gucci"], ["Áo thun", "Áo polo"], ["T-shirt"], ["logo GG", "Interlocking G"], 12_000_000, 25_000_000, 150_000, 450_000, 1, 4),
        new(Clothing, "Adidas", ["Adidas"], ["Áo khoác", "Quần jogger"], ["Jacket"], ["Tiro 23", "Adicolor 3-Stripes"], 900_000, 2_200_000, 120_000, 300_000, 3, 2),
        new(Food, null, None, ["Nước mắm Phú Quốc", "Nước mắm cá cơm Phú Quốc"], ["Fish Sauce"], ["40 độ đạm chai 500ml", "35 độ đạm can 2 lít", "60 độ đạm 250ml", "OCOP 4 sao chai thủy tinh 520ml"], 80_000, 300_000, 0, 0, 6, 0),
        new(Food, null, None, ["Cà phê Buôn Ma Thuột", "Cà phê rang xay Buôn Ma Thuột"], ["Coffee"], ["nguyên chất 500g", "hạt Robusta Culi 1kg", "phin giấy hộp 10 gói", "Arabica 250g"], 90_000, 350_000, 0, 0, 6, 0),
        new(Food, null, None, ["Trà Thái Nguyên", "Chè Thái Nguyên"], ["Green Tea"], ["Tân Cương đinh 200g", "móc câu 500g", "búp non đặc biệt 100g"], 80_000, 450_000, 0, 0, 4, 0),
        new(Food, null, None, ["Mật ong rừng", "Mật ong hoa cà phê", "Mật ong bạc hà Hà Giang"], ["Honey"], ["nguyên chất 1 lít", "chai 500ml", "OCOP 3 sao"], 120_000, 450_000, 0, 0, 4, 0),
        new(Milk, "Vinamilk", ["Vinamilk"], ["Sữa tươi", "Sữa bột", "Sữa chua uống"], ["Milk"], ["100% không đường thùng 48 hộp 180ml", "Optimum Gold 850g", "Dielac Grow Plus 900g", "ít đường lốc 4 hộp"], 180_000, 650_000, 90_000, 200_000, 7, 1),
        new(Milk, "Ensure", ["Ensure", "Abbott Ensure"], ["Sữa bột"], ["Milk Powder"], ["Gold 850g", "Gold hương vani 400g"], 450_000, 950_000, 200_000, 400_000, 3, 2),
        new(Supplements, null, None, ["Viên uống bổ sung", "Thực phẩm bảo vệ sức khỏe"], ["Supplement"], ["Omega 3 Fish Oil 1000mg 100 viên", "Vitamin C 1000mg", "Collagen Nhật Bản", "Glucosamine 1500mg", "Sâm Ngọc Linh"], 150_000, 900_000, 60_000, 150_000, 6, 4),
        new(Supplements, "Rohto", ["Rohto", "V.Rohto"], ["Thuốc nhỏ mắt"], ["Eye Drops"], ["V.Rohto Vitamin 13ml", "Rohto Cool 12ml"], 45_000, 90_000, 0, 0, 3, 0),
        new(Toys, "Lego", ["Lego"], ["Đồ chơi lắp ráp", "Bộ xếp hình"], ["Building Set"], ["City 60337", "Technic 42151", "Classic 11001"], 500_000, 3_500_000, 120_000, 500_000, 3, 3),
        new(Toys, null, None, ["Đồ chơi nấu ăn cho bé", "Xe ô tô điều khiển", "Búp bê", "Bộ đồ chơi bác sĩ"], ["Toy"], ["bằng gỗ", "pin sạc", "cho bé 3 tuổi"], 49_000, 450_000, 0, 0, 6, 0),
    ];
}
