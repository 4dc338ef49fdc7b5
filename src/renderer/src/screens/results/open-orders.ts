import { useNavigation } from '../../stores/navigation';
import { NO_FILTERS, useOrders } from '../../stores/orders';
import { usePilots } from '../../stores/pilots';

/** Opens the Orders screen on the pilot's orders, narrowed to one creator (membership id) and with an order open, if given. */
export function openOrders(pilotId: number, creatorId: number | null, orderId: number | null = null): void {
  usePilots.getState().select(pilotId);
  useOrders.setState({ view: 'orders', filters: { ...NO_FILTERS, creatorId }, openOrderId: orderId });
  useNavigation.getState().go('orders');
}
