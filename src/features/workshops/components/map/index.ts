// Workshop maps. Client components; the map library (MapLibre, or Mapbox with NEXT_PUBLIC_MAPBOX_TOKEN)
// is imported lazily in the browser, so importing these costs no map code on the server or up front.
export { WorkshopMap, type WorkshopMapProps, type MapPin } from "./workshop-map";
export { WorkshopLocationMap, type WorkshopLocationMapProps } from "./workshop-location-map";
export { LocationPicker, type LocationPickerProps } from "./location-picker";
