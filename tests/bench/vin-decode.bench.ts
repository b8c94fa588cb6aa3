export async function vinDecodeBench() {}
