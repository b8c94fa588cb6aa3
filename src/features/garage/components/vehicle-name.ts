/** How a vehicle is named in sentences ("Honda Accord", or its nickname when it has one). */
export function vehicleName(vehicle: { make: string; model: string; nickname?: string | null }): string {
  return vehicle.nickname?.trim() || `${vehicle.make} ${vehicle.model}`;
}
